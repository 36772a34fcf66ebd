// policy-cli's own binding to cppjieba, the engine inside nodejieba (same sources, same dictionaries, same words).
//
// Why not nodejieba's binding: its load() builds the dictionary's trie twice (once more for a TextRank extractor we
// never call: ~0.35 s and ~110 MB per load), every worker thread loads its own, and cut() hands back one JavaScript
// string per word. Here the segmenter is built once per process and shared by every thread (cppjieba's Cut is const
// and reads only the trie and the HMM model), and cut() returns the words' lengths in one Int32Array.
#include <node_api.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <exception>
#include <mutex>
#include <string>
#include <vector>

#include "cppjieba/MixSegment.hpp"

namespace {

// One call's tag names, each given an id on first sight. Tags are a few letters (n, vn, nrfg): up to eight bytes they
// are looked up as one number in a small open-addressing table; hashing them as strings was a third of what tagging
// added to cutting.
class TagIds {
 public:
  explicit TagIds(std::vector<std::string>& names) : names_(names), slots_(kSlots, Slot{0, -1}) {}

  int32_t IdOf(const std::string& tag) {
    if (tag.size() > sizeof(uint64_t) || names_.size() >= kSlots / 2) return IdOfLong(tag);
    uint64_t key = 0;
    std::memcpy(&key, tag.data(), tag.size());
    for (size_t slot = (key * 0x9E3779B97F4A7C15ull) >> 57;; slot = (slot + 1) % kSlots) {
      if (slots_[slot].id < 0) {
        slots_[slot] = Slot{key, IdOfLong(tag)};
        return slots_[slot].id;
      }
      if (slots_[slot].key == key) return slots_[slot].id;
    }
  }

 private:
  static constexpr size_t kSlots = 128;  // the shift above takes the hash's top 7 bits
  struct Slot {
    uint64_t key;
    int32_t id;
  };

  // Long tags (a user dictionary's own) and tables past half full: a search of the names, rare enough.
  int32_t IdOfLong(const std::string& tag) {
    for (size_t id = 0; id < names_.size(); id++) {
      if (names_[id] == tag) return static_cast<int32_t>(id);
    }
    names_.push_back(tag);
    return static_cast<int32_t>(names_.size() - 1);
  }

  std::vector<std::string>& names_;
  std::vector<Slot> slots_;
};

// MixSegment's Cut(sentence, words, hmm): the words of the maximum-probability path through the dictionary, with runs
// of single characters handed to the HMM. Redone here for two things cppjieba's own Cut does not give: the words'
// lengths without a string made of each, and the dictionary entry the path chose for each word, which is what tagging
// needs (cppjieba's tagger looks every word up again: most of what tagging added to cutting).
class LengthSegment : public cppjieba::MixSegment {
 public:
  LengthSegment(const cppjieba::DictTrie* dictionary, const cppjieba::HMMModel* model)
      : cppjieba::MixSegment(dictionary, model), dictionary_(dictionary), hmm_(model) {}

  // The words' UTF-16 lengths and, when `tags` is given, each word's part of speech as cppjieba's tagger reads it
  // from the dictionary: an index into `names`, or -1 where the dictionary has none (the caller then applies
  // cppjieba's rule for unknown words, which needs only the word).
  void CutLengths(const std::string& sentence, std::vector<int32_t>& lengths, std::vector<int32_t>* tags = nullptr,
                  std::vector<std::string>* names = nullptr) const {
    cppjieba::PreFilter filter(symbols_, sentence);
    std::vector<cppjieba::WordRange> ranges;
    std::vector<const cppjieba::DictUnit*> entries;
    ranges.reserve(sentence.size() / 2);
    entries.reserve(sentence.size() / 2);
    std::vector<cppjieba::Dag> dags;  // one for all ranges: a range's Dags take ~330 bytes a character
    while (filter.HasNext()) {
      cppjieba::PreFilter::Range range = filter.Next();
      CutRange(range.begin, range.end, dags, ranges, entries);
    }
    // The ranges point into the filter's runes: measured here, while it lives. A character outside the BMP is two
    // UTF-16 units.
    lengths.resize(ranges.size());
    for (size_t i = 0; i < ranges.size(); i++) {
      int32_t units = 0;
      for (const cppjieba::RuneStr* rune = ranges[i].left; rune <= ranges[i].right; rune++) units += rune->rune > 0xFFFF ? 2 : 1;
      lengths[i] = units;
    }
    if (tags == nullptr) return;
    tags->resize(ranges.size());
    TagIds ids(*names);
    for (size_t i = 0; i < ranges.size(); i++) {
      // Words of the HMM were not chosen from the dictionary, but may still be in it.
      const cppjieba::DictUnit* unit = entries[i] ? entries[i] : dictionary_->Find(ranges[i].left, ranges[i].right + 1);
      (*tags)[i] = unit == nullptr || unit->tag.empty() ? -1 : ids.IdOf(unit->tag);
    }
  }

 private:
  // One range between separators, as MixSegment cuts it with the HMM on. `entries` gets the dictionary entry of each
  // word the path chose, nullptr for the HMM's words.
  // `dags` is scratch space, reused from range to range: allocating it anew for each one (and for long ranges mapping
  // and unmapping its pages) cost ~7 % of cutting.
  void CutRange(cppjieba::RuneStrArray::const_iterator begin, cppjieba::RuneStrArray::const_iterator end,
                std::vector<cppjieba::Dag>& dags, std::vector<cppjieba::WordRange>& words,
                std::vector<const cppjieba::DictUnit*>& entries) const {
    // Find() appends to each position's word list: empty the ones a previous range left.
    const size_t reused = std::min(dags.size(), static_cast<size_t>(end - begin));
    for (size_t i = 0; i < reused; i++) dags[i].nexts.clear();
    dictionary_->Find(begin, end, dags, cppjieba::MAX_WORD_LENGTH);
    // From the end back: each position takes the word whose weight plus the best weight after it is highest (the
    // first of equals), a word the dictionary lacks (a lone character) weighing the dictionary's least.
    for (size_t i = dags.size(); i-- > 0;) {
      cppjieba::Dag& dag = dags[i];
      dag.pInfo = nullptr;
      dag.weight = cppjieba::MIN_DOUBLE;
      for (const auto& next : dag.nexts) {
        double weight = next.first + 1 < dags.size() ? dags[next.first + 1].weight : 0.0;
        weight += next.second ? next.second->weight : dictionary_->GetMinWeight();
        if (weight > dag.weight) {
          dag.pInfo = next.second;
          dag.weight = weight;
        }
      }
    }
    // Single characters (unless a user dictionary lists them alone) go to the HMM in runs, which may join them.
    auto lengthAt = [&](size_t i) { return dags[i].pInfo ? dags[i].pInfo->word.size() : size_t(1); };
    auto goesToHmm = [&](size_t i) { return lengthAt(i) == 1 && !dictionary_->IsUserDictSingleChineseWord((begin + i)->rune); };
    std::vector<cppjieba::WordRange> joined;
    for (size_t i = 0; i < dags.size();) {
      if (!goesToHmm(i)) {
        size_t length = lengthAt(i);
        words.push_back(cppjieba::WordRange(begin + i, begin + i + length - 1));
        entries.push_back(dags[i].pInfo);
        i += length;
        continue;
      }
      size_t run = i;
      while (run < dags.size() && goesToHmm(run)) run++;
      joined.clear();
      hmm_.Cut(begin + i, begin + run, joined);
      words.insert(words.end(), joined.begin(), joined.end());
      entries.insert(entries.end(), joined.size(), nullptr);
      i = run;
    }
  }

  const cppjieba::DictTrie* dictionary_;
  cppjieba::HMMSegment hmm_;
};

struct Engine {
  std::string paths;  // what it was loaded from: a second load must ask for the same
  cppjieba::DictTrie* trie;
  cppjieba::HMMModel* hmm;
  LengthSegment* segment;
};

std::mutex loading;
// Built once and never freed: it lives as long as the process, and worker threads come and go.
std::atomic<const Engine*> engine{nullptr};

napi_value Fail(napi_env env, const std::string& message) {
  napi_throw_error(env, nullptr, message.c_str());
  return nullptr;
}

bool StringArgument(napi_env env, napi_value value, std::string& out) {
  size_t length = 0;
  if (napi_get_value_string_utf8(env, value, nullptr, 0, &length) != napi_ok) return false;
  out.assign(length, '\0');
  return napi_get_value_string_utf8(env, value, &out[0], length + 1, &length) == napi_ok;
}

// load(mainDictionary, hmmModel, userDictionaries): userDictionaries is cppjieba's list, paths joined by '|'.
napi_value Load(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  std::string dictionary, model, user;
  if (argc != 3 || !StringArgument(env, argv[0], dictionary) || !StringArgument(env, argv[1], model) ||
      !StringArgument(env, argv[2], user)) {
    return Fail(env, "load(dictionary, hmmModel, userDictionaries) takes three strings");
  }
  const std::string paths = dictionary + '\n' + model + '\n' + user;
  std::lock_guard<std::mutex> lock(loading);
  if (const Engine* built = engine.load()) {
    if (built->paths != paths) return Fail(env, "the segmenter is already loaded with other dictionaries");
    return nullptr;
  }
  try {
    Engine* built = new Engine{paths, nullptr, nullptr, nullptr};
    built->trie = new cppjieba::DictTrie(dictionary, user);
    built->hmm = new cppjieba::HMMModel(model);
    built->segment = new LengthSegment(built->trie, built->hmm);
    engine = built;
  } catch (const std::exception& error) {
    return Fail(env, std::string("cannot load the segmenter: ") + error.what());
  }
  return nullptr;
}

napi_value Int32Array(napi_env env, const std::vector<int32_t>& values) {
  void* data = nullptr;
  napi_value buffer, array;
  if (napi_create_arraybuffer(env, values.size() * sizeof(int32_t), &data, &buffer) != napi_ok) return nullptr;
  if (!values.empty()) std::memcpy(data, values.data(), values.size() * sizeof(int32_t));
  if (napi_create_typedarray(env, napi_int32_array, values.size(), buffer, 0, &array) != napi_ok) return nullptr;
  return array;
}

// cut(text) → Int32Array: the length of each word in UTF-16 code units, in order; they add up to text.length.
// tag(text) → { lengths, tags: Int32Array, names: string[] }: the same words, and each one's tag as names[tags[i]], or
// -1 where the dictionary has no tag for it.
// The words are cppjieba's Cut with the HMM on, as nodejieba's cut(text, true) and tag(text) give them.
napi_value Segment(napi_env env, napi_callback_info info, bool withTags) {
  size_t argc = 1;
  napi_value argv[1];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  const Engine* loaded = engine.load();
  if (loaded == nullptr) return Fail(env, "cut() before load()");
  std::string text;
  if (argc != 1 || !StringArgument(env, argv[0], text)) return Fail(env, "cut(text) takes a string");
  std::vector<int32_t> lengths, tags;
  std::vector<std::string> names;
  try {
    loaded->segment->CutLengths(text, lengths, withTags ? &tags : nullptr, withTags ? &names : nullptr);
  } catch (const std::exception& error) {
    return Fail(env, std::string("the segmenter failed: ") + error.what());
  }
  if (!withTags) return Int32Array(env, lengths);
  napi_value result, nameArray, name;
  napi_create_object(env, &result);
  napi_set_named_property(env, result, "lengths", Int32Array(env, lengths));
  napi_set_named_property(env, result, "tags", Int32Array(env, tags));
  napi_create_array_with_length(env, names.size(), &nameArray);
  for (size_t i = 0; i < names.size(); i++) {
    napi_create_string_utf8(env, names[i].c_str(), names[i].size(), &name);
    napi_set_element(env, nameArray, static_cast<uint32_t>(i), name);
  }
  napi_set_named_property(env, result, "names", nameArray);
  return result;
}

napi_value Cut(napi_env env, napi_callback_info info) { return Segment(env, info, false); }
napi_value Tag(napi_env env, napi_callback_info info) { return Segment(env, info, true); }

napi_value Init(napi_env env, napi_value exports) {
  napi_value function;
  napi_create_function(env, "load", NAPI_AUTO_LENGTH, Load, nullptr, &function);
  napi_set_named_property(env, exports, "load", function);
  napi_create_function(env, "cut", NAPI_AUTO_LENGTH, Cut, nullptr, &function);
  napi_set_named_property(env, exports, "cut", function);
  napi_create_function(env, "tag", NAPI_AUTO_LENGTH, Tag, nullptr, &function);
  napi_set_named_property(env, exports, "tag", function);
  return exports;
}

}  // namespace

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
