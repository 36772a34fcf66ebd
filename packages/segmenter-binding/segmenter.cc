// policy-cli's own binding to cppjieba, the engine inside nodejieba (same sources, same dictionaries, same words).
//
// Why not nodejieba's binding: its load() builds the dictionary's trie twice (once more for a TextRank extractor we
// never call: ~0.35 s and ~110 MB per load), every worker thread loads its own, and cut() hands back one JavaScript
// string per word. Here the segmenter is built once per process and shared by every thread (cutting only reads the
// dictionary and the HMM model), cut() returns the words' lengths in one Int32Array, and the dictionary is a flat
// image (flat-dictionary.hpp) kept on disk between runs (image-cache.hpp): a start reads it instead of building
// cppjieba's trie from the text files, and the HMM model likewise (flat-hmm.hpp) instead of parsing it.
#include <node_api.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <exception>
#include <mutex>
#include <string>
#include <unordered_set>
#include <vector>

#include "cppjieba/DictTrie.hpp"  // MIN_DOUBLE and the logging macros the HMM headers use
#include "cppjieba/HMMSegment.hpp"
#include "image-cache.hpp"

namespace {

using policy_cli::FlatDictionary;
using policy_cli::kNone;

// cppjieba's MixSegment Cut(sentence, words, hmm = true) over the flat dictionary: the words of the maximum-probability
// path through the dictionary, with runs of single characters handed to the HMM. Redone here for two things cppjieba's
// own Cut does not give: the words' lengths without a string made of each, and the dictionary entry the path chose for
// each word, which is what tagging needs (cppjieba's tagger looks every word up again).
class LengthSegment {
 public:
  LengthSegment(const FlatDictionary* dictionary, const policy_cli::FlatHmm* hmm) : dictionary_(dictionary), hmm_(hmm) {
    cppjieba::RuneStrArray separators;
    cppjieba::DecodeUTF8RunesInString(cppjieba::SPECIAL_SEPARATORS, separators);
    for (const cppjieba::RuneStr& rune : separators) symbols_.insert(rune.rune);
  }

  // The words' UTF-16 lengths and, when `tags` is given, each word's part of speech as cppjieba's tagger reads it
  // from the dictionary: an index into `names`, or -1 where the dictionary has none (the caller then applies
  // cppjieba's rule for unknown words, which needs only the word).
  void CutLengths(const std::string& sentence, std::vector<int32_t>& lengths, std::vector<int32_t>* tags = nullptr,
                  std::vector<std::string>* names = nullptr) const {
    cppjieba::PreFilter filter(symbols_, sentence);
    std::vector<cppjieba::WordRange> ranges;
    std::vector<uint32_t> entries;
    ranges.reserve(sentence.size() / 2);
    entries.reserve(sentence.size() / 2);
    Scratch scratch;  // one for all ranges
    while (filter.HasNext()) {
      cppjieba::PreFilter::Range range = filter.Next();
      CutRange(range.begin, range.end, scratch, ranges, entries);
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
    // The dictionary's tag numbers, renumbered in order of first sight for this call's `names`.
    std::vector<int32_t> local(dictionary_->TagCount(), -1);
    for (size_t i = 0; i < ranges.size(); i++) {
      // Words of the HMM were not chosen from the dictionary, but may still be in it.
      const uint32_t entry = entries[i] != kNone ? entries[i] : dictionary_->Find(ranges[i].left, ranges[i].right + 1);
      const uint32_t tag = entry == kNone ? kNone : dictionary_->Entry(entry).tag;
      if (tag == kNone) {
        (*tags)[i] = -1;
        continue;
      }
      if (local[tag] < 0) {
        local[tag] = static_cast<int32_t>(names->size());
        names->push_back(dictionary_->TagName(tag));
      }
      (*tags)[i] = local[tag];
    }
  }

 private:
  // Reused from range to range: allocating anew for each one (and for long ranges mapping and unmapping its pages)
  // cost ~7 % of cutting.
  struct Scratch {
    std::vector<uint32_t> firstCandidate;  // position i's candidates are [firstCandidate[i], firstCandidate[i + 1])
    std::vector<uint32_t> candidateEnd;    // the last character of the word
    std::vector<uint32_t> candidateEntry;  // its entry, kNone for a lone character the dictionary lacks
    std::vector<uint32_t> chosen;          // the entry the path takes at each position, kNone for a lone character
    std::vector<double> weight;            // the best weight from each position to the end
    std::vector<cppjieba::WordRange> joined;
  };

  // One range between separators. `entries` gets the dictionary entry of each word the path chose, kNone for the HMM's.
  void CutRange(cppjieba::RuneStrArray::const_iterator begin, cppjieba::RuneStrArray::const_iterator end, Scratch& s,
                std::vector<cppjieba::WordRange>& words, std::vector<uint32_t>& entries) const {
    const size_t n = static_cast<size_t>(end - begin);
    // Every word of the dictionary starting at each position, as cppjieba's Trie::Find lists them: first the lone
    // character (with its entry, if any), then the longer words in order of length.
    s.firstCandidate.resize(n + 1);
    s.candidateEnd.clear();
    s.candidateEntry.clear();
    for (size_t i = 0; i < n; i++) {
      s.firstCandidate[i] = static_cast<uint32_t>(s.candidateEnd.size());
      uint32_t node = dictionary_->Child(0, (begin + i)->rune);
      s.candidateEnd.push_back(static_cast<uint32_t>(i));
      s.candidateEntry.push_back(node == kNone ? kNone : dictionary_->EntryAt(node));
      for (size_t j = i + 1; j < n && j - i + 1 <= cppjieba::MAX_WORD_LENGTH; j++) {
        if (node == kNone || !dictionary_->HasChildren(node)) break;
        node = dictionary_->Child(node, (begin + j)->rune);
        if (node == kNone) break;
        const uint32_t entry = dictionary_->EntryAt(node);
        if (entry != kNone) {
          s.candidateEnd.push_back(static_cast<uint32_t>(j));
          s.candidateEntry.push_back(entry);
        }
      }
    }
    s.firstCandidate[n] = static_cast<uint32_t>(s.candidateEnd.size());
    // From the end back: each position takes the word whose weight plus the best weight after it is highest (the
    // first of equals), a word the dictionary lacks (a lone character) weighing the dictionary's least.
    s.chosen.assign(n, kNone);
    s.weight.resize(n);
    const double least = dictionary_->MinWeight();
    for (size_t i = n; i-- > 0;) {
      double best = cppjieba::MIN_DOUBLE;
      uint32_t chosen = kNone;
      for (uint32_t c = s.firstCandidate[i]; c < s.firstCandidate[i + 1]; c++) {
        const uint32_t after = s.candidateEnd[c] + 1;
        const uint32_t entry = s.candidateEntry[c];
        double weight = after < n ? s.weight[after] : 0.0;
        weight += entry != kNone ? dictionary_->Entry(entry).weight : least;
        if (weight > best) {
          chosen = entry;
          best = weight;
        }
      }
      s.chosen[i] = chosen;
      s.weight[i] = best;
    }
    // Single characters (unless a user dictionary lists them alone) go to the HMM in runs, which may join them.
    auto lengthAt = [&](size_t i) { return s.chosen[i] != kNone ? size_t(dictionary_->Entry(s.chosen[i]).length) : size_t(1); };
    auto goesToHmm = [&](size_t i) { return lengthAt(i) == 1 && !dictionary_->IsUserSingleCharacter((begin + i)->rune); };
    for (size_t i = 0; i < n;) {
      if (!goesToHmm(i)) {
        size_t length = lengthAt(i);
        words.push_back(cppjieba::WordRange(begin + i, begin + i + length - 1));
        entries.push_back(s.chosen[i]);
        i += length;
        continue;
      }
      size_t run = i;
      while (run < n && goesToHmm(run)) run++;
      s.joined.clear();
      hmm_->Cut(begin + i, begin + run, s.joined);
      words.insert(words.end(), s.joined.begin(), s.joined.end());
      entries.insert(entries.end(), s.joined.size(), kNone);
      i = run;
    }
  }

  const FlatDictionary* dictionary_;
  const policy_cli::FlatHmm* hmm_;
  std::unordered_set<cppjieba::Rune> symbols_;  // cppjieba's separators, which cut a text into ranges
};

struct Engine {
  std::string paths;  // what it was loaded from: a second load must ask for the same
  policy_cli::LoadedImage image;  // read from the cache folder, or built
  FlatDictionary* dictionary;
  policy_cli::LoadedImage hmmImage;  // the HMM model's block, likewise
  policy_cli::FlatHmm* hmm;
  LengthSegment* segment;
  std::string imageStatus;  // how the dictionary image was had: see LoadImage
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

// load(mainDictionary, hmmModel, userDictionaries[, cacheDir]) → how the dictionary image was had ("read", "written",
// "built (why not read or written)"). userDictionaries is cppjieba's list, paths joined by '|' or ';'; cacheDir is
// where the image is kept between runs ("" or none: built at every start, as cppjieba does).
napi_value Load(napi_env env, napi_callback_info info) {
  size_t argc = 4;
  napi_value argv[4];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  std::string dictionary, model, user, cacheDir;
  if (argc < 3 || argc > 4 || !StringArgument(env, argv[0], dictionary) || !StringArgument(env, argv[1], model) ||
      !StringArgument(env, argv[2], user) || (argc == 4 && !StringArgument(env, argv[3], cacheDir))) {
    return Fail(env, "load(dictionary, hmmModel, userDictionaries[, cacheDir]) takes three strings and an optional fourth");
  }
  const std::string paths = dictionary + '\n' + model + '\n' + user;
  std::lock_guard<std::mutex> lock(loading);
  const Engine* built = engine.load();
  if (built && built->paths != paths) return Fail(env, "the segmenter is already loaded with other dictionaries");
  if (!built) {
    try {
      Engine* loaded = new Engine{paths, {}, nullptr, {}, nullptr, nullptr, ""};
      std::vector<std::string> userPaths = user.empty() ? std::vector<std::string>() : limonp::Split(user, "|;");
      loaded->image = policy_cli::LoadImage(dictionary, userPaths, cacheDir);
      loaded->imageStatus = loaded->image.status;
      loaded->dictionary = new FlatDictionary(loaded->image.Words());
      loaded->dictionary->IndexRoot();
      loaded->hmmImage = policy_cli::LoadHmmImage(model, cacheDir);
      loaded->hmm = new policy_cli::FlatHmm(loaded->hmmImage.Words());
      loaded->segment = new LengthSegment(loaded->dictionary, loaded->hmm);
      engine = built = loaded;
    } catch (const std::exception& error) {
      return Fail(env, std::string("cannot load the segmenter: ") + error.what());
    }
  }
  napi_value status;
  napi_create_string_utf8(env, built->imageStatus.c_str(), built->imageStatus.size(), &status);
  return status;
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
