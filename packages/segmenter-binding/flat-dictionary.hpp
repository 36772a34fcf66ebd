// The dictionary as one block of plain arrays (a "dictionary image"), which is what gets saved to disk and read back
// in one read (image-cache.hpp): cppjieba's DictTrie is ~600,000 heap nodes, each with its own hash map, which take ~0.45 s and ~115 MB to
// build from the text files at every start; the image holds the same trie in ~15 MB and is ready as soon as it is read.
//
// The trie's nodes are numbered breadth first, so a node's children are consecutive nodes, sorted by character: a
// child is found by binary search (the root's, by a table over the Basic Multilingual Plane built at load). Lookups
// give what cppjieba's Trie gives for the same words, entry for entry.
#ifndef POLICY_CLI_FLAT_DICTIONARY_HPP
#define POLICY_CLI_FLAT_DICTIONARY_HPP

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <deque>
#include <stdexcept>
#include <string>
#include <vector>

#include "cppjieba/Unicode.hpp"
#include "dictionary-source.hpp"

namespace policy_cli {

using cppjieba::Rune;

const uint32_t kNone = 0xFFFFFFFFu;

struct ImageNode {
  uint32_t label;       // the character on the edge from the parent
  uint32_t firstChild;  // children are nodes [firstChild, firstChild + childCount)
  uint32_t childCount;
  uint32_t entry;  // the word ending here, or kNone
};

struct ImageEntry {
  double weight;
  uint32_t length;  // in characters
  uint32_t tag;     // index into the tag names, or kNone when the dictionary gives none
};

// The file's header; every section after it starts on an 8-byte boundary.
struct ImageHeader {
  char magic[8];
  uint32_t version;
  uint32_t byteOrder;  // kByteOrder as written: an image from a machine of the other byte order is rebuilt
  uint64_t inputHash;  // of the dictionaries it was built from (and of kVersion)
  uint64_t bodyHash;   // of everything after the header: a damaged image is rebuilt
  uint64_t bodyBytes;
  double minWeight;
  uint32_t nodeCount, entryCount, tagCount, tagBytes, singleCount, reserved;
};

const char kMagic[8] = {'P', 'C', 'L', 'I', 'D', 'I', 'C', 'T'};
const uint32_t kVersion = 1;
const uint32_t kByteOrder = 0x01020304u;

inline size_t Aligned(size_t bytes) { return (bytes + 7) & ~size_t(7); }

// 64-bit multiply-and-rotate hash, eight bytes at a time (~1 ms for the 5 MB of jieba's dictionary): it only has to
// tell one set of dictionaries from another, and an intact image from a damaged one. In pieces (ByteHasher), so that a
// file can be hashed as it is read (image-cache.hpp's HashFile), with the same result as HashBytes of the whole.
class ByteHasher {
 public:
  ByteHasher(size_t size, uint64_t seed) : hash_(seed ^ (size * 0x9E3779B97F4A7C15ull)) {}
  // Eight bytes at a time: `size` a multiple of 8, except in the last call.
  void Add(const void* data, size_t size) {
    const unsigned char* bytes = static_cast<const unsigned char*>(data);
    size_t i = 0;
    for (; i + 8 <= size; i += 8) {
      uint64_t word;
      std::memcpy(&word, bytes + i, 8);
      hash_ = (hash_ ^ (word * 0xBF58476D1CE4E5B9ull)) * 0x94D049BB133111EBull;
      hash_ ^= hash_ >> 31;
    }
    tail_ = 0;
    std::memcpy(&tail_, bytes + i, size - i);
  }
  uint64_t Finish() const {
    const uint64_t hash = (hash_ ^ (tail_ * 0xBF58476D1CE4E5B9ull)) * 0x94D049BB133111EBull;
    return hash ^ (hash >> 29);
  }

 private:
  uint64_t hash_;
  uint64_t tail_ = 0;
};

inline uint64_t HashBytes(const void* data, size_t size, uint64_t seed) {
  ByteHasher hasher(size, seed);
  hasher.Add(data, size);
  return hasher.Finish();
}

// What every block kept in the cache folder is framed by: a header (magic, version, byte order, the hash of what it was
// built from, the hash and size of the body after it), then the body. SealImage writes the header into a built block;
// CheckFrame checks a block read from disk against it before the block's own checks, and copies its header out.
template <typename Header>
void SealImage(std::vector<uint64_t>& image, Header& header, uint32_t version) {
  header.bodyHash = HashBytes(reinterpret_cast<char*>(image.data()) + sizeof header, header.bodyBytes, version);
  std::memcpy(image.data(), &header, sizeof header);
}

// "" when the frame is whole, else what is wrong with it: `kind` names the block (`a dictionary image`) and `input`
// what it is built from (`dictionaries`).
template <typename Header>
std::string CheckFrame(const uint64_t* image, size_t bytes, uint64_t inputHash, const char (&magic)[8], uint32_t version,
                       uint64_t (*bodyBytesOf)(const Header&), const char* kind, const char* input, Header& header) {
  if (bytes < sizeof(Header)) return "too short";
  std::memcpy(&header, image, sizeof header);
  if (std::memcmp(header.magic, magic, sizeof magic) != 0) return std::string("not ") + kind;
  if (header.version != version || header.byteOrder != kByteOrder) return "another version";
  if (header.inputHash != inputHash) return std::string("built from other ") + input;
  if (header.bodyBytes != bodyBytesOf(header) || bytes != sizeof header + header.bodyBytes) return "truncated or padded";
  if (HashBytes(reinterpret_cast<const char*>(image) + sizeof header, header.bodyBytes, version) != header.bodyHash) {
    return "damaged";
  }
  return "";
}

class FlatDictionary {
 public:
  // Build the image of these words (cppjieba's trie: a later entry for a word replaces an earlier one).
  static std::vector<uint64_t> BuildImage(const DictionarySource& source, uint64_t inputHash) {
    // The words in character order, each with its last entry.
    std::vector<uint32_t> order;
    for (uint32_t i = 0; i < source.words.size(); i++) {
      if (!source.words[i].word.empty()) order.push_back(i);
    }
    auto less = [&](uint32_t a, uint32_t b) {
      const cppjieba::Unicode& x = source.words[a].word;
      const cppjieba::Unicode& y = source.words[b].word;
      return std::lexicographical_compare(x.begin(), x.end(), y.begin(), y.end());
    };
    std::stable_sort(order.begin(), order.end(), less);
    std::vector<uint32_t> keys;  // the last of each run of equal words
    for (size_t i = 0; i < order.size(); i++) {
      if (i + 1 < order.size() && !less(order[i], order[i + 1])) continue;
      keys.push_back(order[i]);
    }

    std::vector<std::string> tagNames;
    auto tagOf = [&](const std::string& tag) -> uint32_t {
      if (tag.empty()) return kNone;
      for (size_t t = 0; t < tagNames.size(); t++) {
        if (tagNames[t] == tag) return static_cast<uint32_t>(t);
      }
      tagNames.push_back(tag);
      return static_cast<uint32_t>(tagNames.size() - 1);
    };

    // Breadth first: each node covers the keys [begin, end) that share its path of `depth` characters.
    struct Pending {
      uint32_t node, begin, end, depth;
    };
    std::vector<ImageNode> nodes(1, ImageNode{0, 0, 0, kNone});
    std::vector<ImageEntry> entries;
    std::deque<Pending> queue;
    queue.push_back(Pending{0, 0, static_cast<uint32_t>(keys.size()), 0});
    while (!queue.empty()) {
      Pending at = queue.front();
      queue.pop_front();
      uint32_t i = at.begin;
      const SourceWord* here = i < at.end && source.words[keys[i]].word.size() == at.depth ? &source.words[keys[i]] : nullptr;
      if (here) {
        nodes[at.node].entry = static_cast<uint32_t>(entries.size());
        entries.push_back(ImageEntry{here->weight, static_cast<uint32_t>(here->word.size()), tagOf(here->tag)});
        i++;
      }
      nodes[at.node].firstChild = static_cast<uint32_t>(nodes.size());
      while (i < at.end) {
        const Rune label = source.words[keys[i]].word[at.depth];
        uint32_t j = i + 1;
        while (j < at.end && source.words[keys[j]].word[at.depth] == label) j++;
        const uint32_t child = static_cast<uint32_t>(nodes.size());
        nodes.push_back(ImageNode{label, 0, 0, kNone});
        nodes[at.node].childCount++;
        queue.push_back(Pending{child, i, j, at.depth + 1});
        i = j;
      }
    }

    std::string tagChars;
    std::vector<uint32_t> tagOffsets(1, 0);
    for (const std::string& name : tagNames) {
      tagChars += name;
      tagOffsets.push_back(static_cast<uint32_t>(tagChars.size()));
    }
    const std::vector<Rune>& singles = source.userSingles;

    ImageHeader header;
    std::memset(&header, 0, sizeof header);
    std::memcpy(header.magic, kMagic, sizeof kMagic);
    header.version = kVersion;
    header.byteOrder = kByteOrder;
    header.inputHash = inputHash;
    header.minWeight = source.minWeight;
    header.nodeCount = static_cast<uint32_t>(nodes.size());
    header.entryCount = static_cast<uint32_t>(entries.size());
    header.tagCount = static_cast<uint32_t>(tagNames.size());
    header.tagBytes = static_cast<uint32_t>(tagChars.size());
    header.singleCount = static_cast<uint32_t>(singles.size());
    header.bodyBytes = BodyBytes(header);

    std::vector<uint64_t> image((sizeof header + header.bodyBytes) / 8, 0);
    char* out = reinterpret_cast<char*>(image.data()) + sizeof header;
    auto put = [&](const void* data, size_t bytes) {
      if (bytes) std::memcpy(out, data, bytes);
      out += Aligned(bytes);
    };
    put(nodes.data(), nodes.size() * sizeof(ImageNode));
    put(entries.data(), entries.size() * sizeof(ImageEntry));
    put(tagOffsets.data(), tagOffsets.size() * sizeof(uint32_t));
    put(tagChars.data(), tagChars.size());
    put(singles.data(), singles.size() * sizeof(Rune));
    SealImage(image, header, kVersion);
    return image;
  }

  // Check an image read from disk before it is used: "" when it is whole and built from the dictionaries whose hash is
  // `inputHash`, else what is wrong with it. Every index in it is checked, so a damaged image can only be rejected,
  // never followed out of bounds.
  static std::string Check(const uint64_t* image, size_t bytes, uint64_t inputHash) {
    ImageHeader header;
    const std::string frame = CheckFrame(image, bytes, inputHash, kMagic, kVersion, &BodyBytes, "a dictionary image", "dictionaries", header);
    if (!frame.empty()) return frame;
    if (header.nodeCount == 0) return "truncated or padded";
    FlatDictionary view(image);
    for (uint32_t n = 0; n < header.nodeCount; n++) {
      const ImageNode& node = view.nodes_[n];
      if (node.firstChild > header.nodeCount || node.childCount > header.nodeCount - node.firstChild) return "bad node";
      if (node.entry != kNone && node.entry >= header.entryCount) return "bad entry";
    }
    for (uint32_t e = 0; e < header.entryCount; e++) {
      if (view.entries_[e].tag != kNone && view.entries_[e].tag >= header.tagCount) return "bad tag";
    }
    for (uint32_t t = 0; t < header.tagCount; t++) {
      if (view.tagOffsets_[t] > view.tagOffsets_[t + 1] || view.tagOffsets_[t + 1] > header.tagBytes) return "bad tag name";
    }
    return "";
  }

  // A view of a checked image (which must outlive it).
  explicit FlatDictionary(const uint64_t* image) {
    std::memcpy(&header_, image, sizeof header_);
    const char* at = reinterpret_cast<const char*>(image) + sizeof header_;
    nodes_ = reinterpret_cast<const ImageNode*>(at);
    at += Aligned(header_.nodeCount * sizeof(ImageNode));
    entries_ = reinterpret_cast<const ImageEntry*>(at);
    at += Aligned(header_.entryCount * sizeof(ImageEntry));
    tagOffsets_ = reinterpret_cast<const uint32_t*>(at);
    at += Aligned((header_.tagCount + 1) * sizeof(uint32_t));
    tagChars_ = at;
    at += Aligned(header_.tagBytes);
    singles_ = reinterpret_cast<const Rune*>(at);
  }

  // The root's children by character, for the Basic Multilingual Plane: every character of a text starts a lookup.
  void IndexRoot() {
    rootIndex_.assign(0x10000, kNone);
    const ImageNode& root = nodes_[0];
    for (uint32_t c = root.firstChild; c < root.firstChild + root.childCount; c++) {
      if (nodes_[c].label < 0x10000) rootIndex_[nodes_[c].label] = c;
    }
  }

  uint32_t Child(uint32_t node, Rune label) const {
    if (node == 0 && label < 0x10000 && !rootIndex_.empty()) return rootIndex_[label];
    const ImageNode& parent = nodes_[node];
    const ImageNode* first = nodes_ + parent.firstChild;
    const ImageNode* last = first + parent.childCount;
    const ImageNode* found =
        std::lower_bound(first, last, label, [](const ImageNode& n, Rune r) { return n.label < r; });
    return found != last && found->label == label ? static_cast<uint32_t>(found - nodes_) : kNone;
  }

  bool HasChildren(uint32_t node) const { return nodes_[node].childCount > 0; }
  uint32_t EntryAt(uint32_t node) const { return nodes_[node].entry; }

  // The entry of the word [begin, end), or kNone: cppjieba's Trie::Find(begin, end).
  uint32_t Find(cppjieba::RuneStrArray::const_iterator begin, cppjieba::RuneStrArray::const_iterator end) const {
    if (begin == end) return kNone;
    uint32_t node = 0;
    for (auto it = begin; it != end; ++it) {
      if (!HasChildren(node)) return kNone;
      node = Child(node, it->rune);
      if (node == kNone) return kNone;
    }
    return nodes_[node].entry;
  }

  const ImageEntry& Entry(uint32_t entry) const { return entries_[entry]; }
  double MinWeight() const { return header_.minWeight; }
  uint32_t TagCount() const { return header_.tagCount; }
  std::string TagName(uint32_t tag) const {
    return std::string(tagChars_ + tagOffsets_[tag], tagOffsets_[tag + 1] - tagOffsets_[tag]);
  }
  bool IsUserSingleCharacter(Rune rune) const {
    return header_.singleCount > 0 && std::binary_search(singles_, singles_ + header_.singleCount, rune);
  }

 private:
  static uint64_t BodyBytes(const ImageHeader& header) {
    return Aligned(uint64_t(header.nodeCount) * sizeof(ImageNode)) + Aligned(uint64_t(header.entryCount) * sizeof(ImageEntry)) +
           Aligned((uint64_t(header.tagCount) + 1) * sizeof(uint32_t)) + Aligned(header.tagBytes) +
           Aligned(uint64_t(header.singleCount) * sizeof(Rune));
  }

  ImageHeader header_;
  const ImageNode* nodes_;
  const ImageEntry* entries_;
  const uint32_t* tagOffsets_;
  const char* tagChars_;
  const Rune* singles_;
  std::vector<uint32_t> rootIndex_;
};

}  // namespace policy_cli

#endif
