// Where the dictionary image lives between runs: `<cache dir>/dictionary-<hash>.img`, the hash being that of the
// dictionaries' contents, so a changed dictionary (ours, jieba's, a user's --dict) gets an image of its own and never
// the old one. Read in one read; written to a temporary file renamed into place, so a reader (another process, a
// parallel test) sees a whole image or none. Anything wrong (no cache dir, unwritable, damaged, another version) only
// means building from the text files, as before.
#ifndef POLICY_CLI_IMAGE_CACHE_HPP
#define POLICY_CLI_IMAGE_CACHE_HPP

#include <cstdio>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "dictionary-source.hpp"
#include "flat-dictionary.hpp"

namespace policy_cli {

struct LoadedImage {
  std::vector<uint64_t> image;
  std::string status;  // "read", "written", or "built (why it was not read or not written)"
};

inline std::string Hex(uint64_t value) {
  static const char digits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; i--, value >>= 4) out[i] = digits[value & 15];
  return out;
}

// "" when the image was read and checked, else why not.
inline std::string ReadImage(const std::string& path, uint64_t inputHash, std::vector<uint64_t>& image) {
  std::ifstream in(path.c_str(), std::ios::binary);
  if (!in.is_open()) return "no image yet";
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  in.seekg(0, std::ios::beg);
  if (size < static_cast<std::streamoff>(sizeof(ImageHeader))) return "image too short";
  image.assign((static_cast<size_t>(size) + 7) / 8, 0);
  if (!in.read(reinterpret_cast<char*>(image.data()), size)) return "image unreadable";
  const std::string wrong = FlatDictionary::Check(image, static_cast<size_t>(size), inputHash);
  return wrong.empty() ? "" : "image " + wrong;
}

inline std::string WriteImage(const std::string& path, const std::vector<uint64_t>& image) {
  std::random_device random;
  const std::string temporary = path + ".tmp-" + Hex((uint64_t(random()) << 32) ^ random());
  {
    std::ofstream out(temporary.c_str(), std::ios::binary | std::ios::trunc);
    if (!out.is_open()) return "cannot write to the cache folder";
    out.write(reinterpret_cast<const char*>(image.data()), image.size() * 8);
    out.close();
    if (!out) {
      std::remove(temporary.c_str());
      return "cannot write to the cache folder";
    }
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    std::remove(temporary.c_str());
    return "cannot rename the image into place";
  }
  return "";
}

// The image of these dictionaries: read from `cacheDir` when an intact one is there, else built from the text files
// and written there (cacheDir "": built, never written).
inline LoadedImage LoadImage(const std::string& mainPath, const std::vector<std::string>& userPaths, const std::string& cacheDir) {
  const std::string mainText = ReadWholeFile(mainPath);
  std::vector<std::string> userTexts;
  for (const std::string& path : userPaths) userTexts.push_back(ReadWholeFile(path));
  uint64_t inputHash = HashBytes(mainText.data(), mainText.size(), kVersion);
  for (const std::string& text : userTexts) inputHash = HashBytes(text.data(), text.size(), inputHash);

  LoadedImage loaded;
  std::string why = "no cache folder";
  std::string path;
  if (!cacheDir.empty()) {
    path = cacheDir + "/dictionary-" + Hex(inputHash) + ".img";
    why = ReadImage(path, inputHash, loaded.image);
    if (why.empty()) {
      loaded.status = "read";
      return loaded;
    }
  }
  loaded.image = FlatDictionary::BuildImage(ReadDictionaries(mainText, userTexts), inputHash);
  if (!path.empty()) {
    const std::string unwritten = WriteImage(path, loaded.image);
    loaded.status = unwritten.empty() ? "written" : "built (" + why + "; " + unwritten + ")";
  } else {
    loaded.status = "built (" + why + ")";
  }
  if (loaded.status == "written" && why != "no image yet") loaded.status = "written (" + why + ")";
  return loaded;
}

}  // namespace policy_cli

#endif
