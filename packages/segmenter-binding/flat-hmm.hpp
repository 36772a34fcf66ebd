// jieba's HMM for unknown words (hmm_model.utf8) as one block of plain arrays, kept on disk beside the dictionary image
// (image-cache.hpp): cppjieba parses the model's 35,000 emission probabilities from text into four hash maps at every
// start (~0.03 s of CPU, more than reading and checking the dictionary image); the block is read instead, and each
// state's emissions are found by binary search over its sorted characters. Cut() is cppjieba's HMMSegment::Cut to the
// letter, with the model's lookups made on the block, so the words are the same (the numbers are cppjieba's own, as
// parsed by its HMMModel when the block is built).
#ifndef POLICY_CLI_FLAT_HMM_HPP
#define POLICY_CLI_FLAT_HMM_HPP

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "cppjieba/DictTrie.hpp"  // MIN_DOUBLE
#include "cppjieba/HMMModel.hpp"
#include "flat-dictionary.hpp"    // HashBytes, Aligned, kByteOrder, SealImage, CheckFrame

namespace policy_cli {

using cppjieba::RuneStrArray;
using cppjieba::WordRange;

struct HmmHeader {
  char magic[8];
  uint32_t version;
  uint32_t byteOrder;
  uint64_t inputHash;  // of the model file (and of kHmmVersion)
  uint64_t bodyHash;   // of everything after the header
  uint64_t bodyBytes;
  uint32_t emitCount[4];  // emissions of the states B, E, M, S
};

const char kHmmMagic[8] = {'P', 'C', 'L', 'I', 'H', 'M', 'M', '1'};
const uint32_t kHmmVersion = 1;
const size_t kStates = cppjieba::HMMModel::STATUS_SUM;

class FlatHmm {
 public:
  // The block of a model parsed by cppjieba: the start and transition probabilities, then per state its emitting
  // characters in order and their probabilities.
  static std::vector<uint64_t> BuildImage(const cppjieba::HMMModel& model, uint64_t inputHash) {
    HmmHeader header;
    std::memset(&header, 0, sizeof header);
    std::memcpy(header.magic, kHmmMagic, sizeof kHmmMagic);
    header.version = kHmmVersion;
    header.byteOrder = kByteOrder;
    header.inputHash = inputHash;
    std::vector<std::pair<cppjieba::Rune, double>> emits[kStates];
    for (size_t y = 0; y < kStates; y++) {
      emits[y].assign(model.emitProbVec[y]->begin(), model.emitProbVec[y]->end());
      std::sort(emits[y].begin(), emits[y].end());
      header.emitCount[y] = static_cast<uint32_t>(emits[y].size());
    }
    header.bodyBytes = BodyBytes(header);
    std::vector<uint64_t> image((sizeof header + header.bodyBytes) / 8, 0);
    char* out = reinterpret_cast<char*>(image.data()) + sizeof header;
    auto put = [&](const void* data, size_t bytes) {
      if (bytes) std::memcpy(out, data, bytes);
      out += Aligned(bytes);
    };
    put(model.startProb, sizeof model.startProb);
    put(model.transProb, sizeof model.transProb);
    for (size_t y = 0; y < kStates; y++) {
      std::vector<cppjieba::Rune> runes;
      std::vector<double> probs;
      for (const auto& emit : emits[y]) {
        runes.push_back(emit.first);
        probs.push_back(emit.second);
      }
      put(runes.data(), runes.size() * sizeof(cppjieba::Rune));
      put(probs.data(), probs.size() * sizeof(double));
    }
    SealImage(image, header, kHmmVersion);
    return image;
  }

  // "" when the block is whole and made from the model whose hash is `inputHash`, else what is wrong with it.
  static std::string Check(const uint64_t* image, size_t bytes, uint64_t inputHash) {
    HmmHeader header;
    const std::string frame = CheckFrame(image, bytes, inputHash, kHmmMagic, kHmmVersion, &BodyBytes, "an HMM image", "models", header);
    if (!frame.empty()) return frame;
    FlatHmm view(image);
    for (size_t y = 0; y < kStates; y++) {
      for (uint32_t i = 1; i < header.emitCount[y]; i++) {
        if (view.runes_[y][i - 1] >= view.runes_[y][i]) return "emissions out of order";
      }
    }
    return "";
  }

  // A view of a checked block (which must outlive it).
  explicit FlatHmm(const uint64_t* image) {
    std::memcpy(&header_, image, sizeof header_);
    const char* at = reinterpret_cast<const char*>(image) + sizeof header_;
    startProb_ = reinterpret_cast<const double*>(at);
    at += Aligned(sizeof(double) * kStates);
    transProb_ = reinterpret_cast<const double*>(at);
    at += Aligned(sizeof(double) * kStates * kStates);
    for (size_t y = 0; y < kStates; y++) {
      runes_[y] = reinterpret_cast<const cppjieba::Rune*>(at);
      at += Aligned(header_.emitCount[y] * sizeof(cppjieba::Rune));
      probs_[y] = reinterpret_cast<const double*>(at);
      at += Aligned(header_.emitCount[y] * sizeof(double));
    }
  }

  // HMMModel::GetEmitProb(emitProbVec[y], rune, defVal).
  double EmitProb(size_t y, cppjieba::Rune rune, double defVal) const {
    const cppjieba::Rune* first = runes_[y];
    const cppjieba::Rune* last = first + header_.emitCount[y];
    const cppjieba::Rune* found = std::lower_bound(first, last, rune);
    return found != last && *found == rune ? probs_[y][found - first] : defVal;
  }

  // HMMSegment::Cut(begin, end, res), as cppjieba writes it.
  void Cut(RuneStrArray::const_iterator begin, RuneStrArray::const_iterator end, std::vector<WordRange>& res) const {
    RuneStrArray::const_iterator left = begin;
    RuneStrArray::const_iterator right = begin;
    while (right != end) {
      if (right->rune < 0x80) {
        if (left != right) {
          InternalCut(left, right, res);
        }
        left = right;
        do {
          right = SequentialLetterRule(left, end);
          if (right != left) {
            break;
          }
          right = NumbersRule(left, end);
          if (right != left) {
            break;
          }
          right++;
        } while (false);
        WordRange wr(left, right - 1);
        res.push_back(wr);
        left = right;
      } else {
        right++;
      }
    }
    if (left != right) {
      InternalCut(left, right, res);
    }
  }

 private:
  static uint64_t BodyBytes(const HmmHeader& header) {
    uint64_t bytes = Aligned(sizeof(double) * kStates) + Aligned(sizeof(double) * kStates * kStates);
    for (size_t y = 0; y < kStates; y++) {
      bytes += Aligned(uint64_t(header.emitCount[y]) * sizeof(cppjieba::Rune)) + Aligned(uint64_t(header.emitCount[y]) * sizeof(double));
    }
    return bytes;
  }

  RuneStrArray::const_iterator SequentialLetterRule(RuneStrArray::const_iterator begin, RuneStrArray::const_iterator end) const {
    cppjieba::Rune x = begin->rune;
    if (('a' <= x && x <= 'z') || ('A' <= x && x <= 'Z')) {
      begin++;
    } else {
      return begin;
    }
    while (begin != end) {
      x = begin->rune;
      if (('a' <= x && x <= 'z') || ('A' <= x && x <= 'Z') || ('0' <= x && x <= '9')) {
        begin++;
      } else {
        break;
      }
    }
    return begin;
  }

  RuneStrArray::const_iterator NumbersRule(RuneStrArray::const_iterator begin, RuneStrArray::const_iterator end) const {
    cppjieba::Rune x = begin->rune;
    if ('0' <= x && x <= '9') {
      begin++;
    } else {
      return begin;
    }
    while (begin != end) {
      x = begin->rune;
      if (('0' <= x && x <= '9') || x == '.') {
        begin++;
      } else {
        break;
      }
    }
    return begin;
  }

  void InternalCut(RuneStrArray::const_iterator begin, RuneStrArray::const_iterator end, std::vector<WordRange>& res) const {
    std::vector<size_t> status;
    Viterbi(begin, end, status);

    RuneStrArray::const_iterator left = begin;
    RuneStrArray::const_iterator right;
    for (size_t i = 0; i < status.size(); i++) {
      if (status[i] % 2) {  // if (HMMModel::E == status[i] || HMMModel::S == status[i])
        right = begin + i + 1;
        WordRange wr(left, right - 1);
        res.push_back(wr);
        left = right;
      }
    }
  }

  void Viterbi(RuneStrArray::const_iterator begin, RuneStrArray::const_iterator end, std::vector<size_t>& status) const {
    size_t Y = kStates;
    size_t X = end - begin;

    size_t XYSize = X * Y;
    size_t now, old, stat;
    double tmp, endE, endS;

    std::vector<int> path(XYSize);
    std::vector<double> weight(XYSize);

    for (size_t y = 0; y < Y; y++) {
      weight[0 + y * X] = startProb_[y] + EmitProb(y, begin->rune, cppjieba::MIN_DOUBLE);
      path[0 + y * X] = -1;
    }

    double emitProb;

    for (size_t x = 1; x < X; x++) {
      for (size_t y = 0; y < Y; y++) {
        now = x + y * X;
        weight[now] = cppjieba::MIN_DOUBLE;
        path[now] = cppjieba::HMMModel::E;  // warning
        emitProb = EmitProb(y, (begin + x)->rune, cppjieba::MIN_DOUBLE);
        for (size_t preY = 0; preY < Y; preY++) {
          old = x - 1 + preY * X;
          tmp = weight[old] + transProb_[preY * kStates + y] + emitProb;
          if (tmp > weight[now]) {
            weight[now] = tmp;
            path[now] = preY;
          }
        }
      }
    }

    endE = weight[X - 1 + cppjieba::HMMModel::E * X];
    endS = weight[X - 1 + cppjieba::HMMModel::S * X];
    stat = 0;
    if (endE >= endS) {
      stat = cppjieba::HMMModel::E;
    } else {
      stat = cppjieba::HMMModel::S;
    }

    status.resize(X);
    for (int x = X - 1; x >= 0; x--) {
      status[x] = stat;
      stat = path[x + stat * X];
    }
  }

  HmmHeader header_;
  const double* startProb_;
  const double* transProb_;  // [from * kStates + to]
  const cppjieba::Rune* runes_[kStates];
  const double* probs_[kStates];
};

}  // namespace policy_cli

#endif
