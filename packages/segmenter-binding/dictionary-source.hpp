// The words of jieba's text dictionaries, read by cppjieba's own rules (DictTrie::Init): the main dictionary's
// frequencies become log(freq / total); a user dictionary's word takes the main dictionary's median weight unless its
// line gives a frequency; a later line for the same word replaces an earlier one. Kept to the letter, odd cases
// included, so that the words cut with these entries are the words cppjieba cuts (bench/compare-engines.mjs checks it).
#ifndef POLICY_CLI_DICTIONARY_SOURCE_HPP
#define POLICY_CLI_DICTIONARY_SOURCE_HPP

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "cppjieba/Unicode.hpp"
#include "limonp/StringUtil.hpp"

namespace policy_cli {

struct SourceWord {
  cppjieba::Unicode word;  // empty when its line did not decode as UTF-8: cppjieba then leaves it out of the trie
  double weight = 0.0;
  std::string tag;
};

struct DictionarySource {
  std::vector<SourceWord> words;  // in cppjieba's order: the main dictionary, then each user dictionary
  double minWeight = 0.0;
  std::vector<cppjieba::Rune> userSingles;  // cppjieba's IsUserDictSingleChineseWord set, sorted
};

inline std::string ReadWholeFile(const std::string& path) {
  std::ifstream in(path.c_str(), std::ios::binary);
  if (!in.is_open()) throw std::runtime_error("open " + path + " failed");
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  in.seekg(0, std::ios::beg);
  std::string bytes(static_cast<size_t>(size < 0 ? 0 : size), '\0');
  if (size > 0 && !in.read(&bytes[0], size)) throw std::runtime_error("read " + path + " failed");
  return bytes;
}

// getline's lines: split on '\n' only (a '\r' stays in the line, as cppjieba keeps it).
inline std::vector<std::string> LinesOf(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// cppjieba's MakeNodeInfo: on a decoding failure the word is left empty and weight and tag are not set.
inline bool SetWord(SourceWord& unit, const std::string& word, double weight, const std::string& tag) {
  if (!cppjieba::DecodeUTF8RunesInString(word, unit.word)) return false;
  unit.weight = weight;
  unit.tag = tag;
  return true;
}

// `mainText` and `userTexts` are the files' contents (the caller has read them once, to hash them as well).
inline DictionarySource ReadDictionaries(const std::string& mainText, const std::vector<std::string>& userTexts) {
  DictionarySource source;
  std::vector<std::string> fields;
  SourceWord unit;  // reused from line to line, as cppjieba's LoadDict does
  for (const std::string& line : LinesOf(mainText)) {
    limonp::Split(line, fields, " ");
    if (fields.size() != 3) throw std::runtime_error("split result illegal, line:" + line);
    SetWord(unit, fields[0], std::atof(fields[1].c_str()), fields[2]);
    source.words.push_back(unit);
  }
  if (source.words.empty()) throw std::runtime_error("the main dictionary is empty");
  double total = 0.0;
  for (const SourceWord& word : source.words) total += word.weight;
  for (SourceWord& word : source.words) word.weight = std::log(word.weight / total);
  std::vector<double> weights;
  weights.reserve(source.words.size());
  for (const SourceWord& word : source.words) weights.push_back(word.weight);
  std::sort(weights.begin(), weights.end());
  source.minWeight = weights.front();
  const double median = weights[weights.size() / 2];
  for (const std::string& text : userTexts) {
    for (const std::string& line : LinesOf(text)) {
      if (line.empty()) continue;
      limonp::Split(line, fields, " ");
      SourceWord user;
      if (fields.size() == 1) SetWord(user, fields[0], median, "");
      else if (fields.size() == 2) SetWord(user, fields[0], median, fields[1]);
      else if (fields.size() == 3) SetWord(user, fields[0], std::log(1.0 * std::atoi(fields[1].c_str()) / total), fields[2]);
      if (user.word.size() == 1) source.userSingles.push_back(user.word[0]);
      source.words.push_back(user);
    }
  }
  std::sort(source.userSingles.begin(), source.userSingles.end());
  source.userSingles.erase(std::unique(source.userSingles.begin(), source.userSingles.end()), source.userSingles.end());
  return source;
}

}  // namespace policy_cli

#endif
