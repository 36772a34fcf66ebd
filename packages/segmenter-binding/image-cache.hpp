// Where the dictionary image lives between runs: `<cache dir>/dictionary-<hash>.img`, the hash being that of the
// dictionaries' contents, so a changed dictionary (ours, jieba's, a user's --dict) gets an image of its own and never
// the old one; beside it `hmm-<hash>.img`, the HMM model's (flat-hmm.hpp), named after the model file's contents. Written to a temporary file renamed into place, so a reader (another process, a parallel test) sees a
// whole image or none, and a file once in place is never changed, only replaced or removed. Anything wrong (no cache
// dir, unwritable, damaged, another version) only means building from the text files, as before.
//
// Both the image and the dictionaries it is checked against are mapped into memory rather than read (POSIX): reading
// ~14 MB of image and 5 MB of jieba's dictionary into fresh memory cost ~0.1 s of page faults and copying at every
// start, and the mapped pages come straight from the page cache. The image stays mapped as long as the process lives
// (a file replaced or removed meanwhile keeps its pages for those who mapped it). Elsewhere (Windows) they are read.
#ifndef POLICY_CLI_IMAGE_CACHE_HPP
#define POLICY_CLI_IMAGE_CACHE_HPP

#include <cstdio>
#include <fstream>
#include <random>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#ifndef _WIN32
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

#include "dictionary-source.hpp"
#include "flat-dictionary.hpp"
#include "flat-hmm.hpp"

namespace policy_cli {

// A file's bytes, read-only: mapped where the system can, else read into memory. Movable, not copyable.
class FileBytes {
 public:
  FileBytes() = default;
  FileBytes(const FileBytes&) = delete;
  FileBytes& operator=(const FileBytes&) = delete;
  FileBytes(FileBytes&& other) noexcept { *this = std::move(other); }
  FileBytes& operator=(FileBytes&& other) noexcept {
    if (this != &other) {
      Release();
      mapped_ = other.mapped_;
      size_ = other.size_;
      read_.swap(other.read_);
      other.mapped_ = nullptr;
      other.size_ = 0;
    }
    return *this;
  }
  ~FileBytes() { Release(); }

  // The bytes of `path`; false when it cannot be opened or read.
  bool Open(const std::string& path) {
    Release();
#ifndef _WIN32
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    struct stat info;
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
      ::close(fd);
      return false;
    }
    size_ = static_cast<size_t>(info.st_size);
    if (size_ > 0) {
      void* at = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
      if (at == MAP_FAILED) {
        ::close(fd);
        size_ = 0;
        return false;
      }
      mapped_ = at;
    }
    ::close(fd);
    return true;
#else
    std::ifstream in(path.c_str(), std::ios::binary);
    if (!in.is_open()) return false;
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    in.seekg(0, std::ios::beg);
    if (size < 0) return false;
    size_ = static_cast<size_t>(size);
    read_.assign((size_ + 7) / 8, 0);
    if (size_ > 0 && !in.read(reinterpret_cast<char*>(read_.data()), size)) {
      Release();
      return false;
    }
    return true;
#endif
  }

  // 8-aligned (a mapping starts on a page; read bytes are held in 64-bit words); never null.
  const uint64_t* Words() const {
    static const uint64_t empty = 0;
    if (mapped_) return static_cast<const uint64_t*>(mapped_);
    return read_.empty() ? &empty : read_.data();
  }
  const char* Bytes() const { return reinterpret_cast<const char*>(Words()); }
  size_t Size() const { return size_; }

 private:
  void Release() {
#ifndef _WIN32
    if (mapped_) ::munmap(mapped_, size_);
#endif
    mapped_ = nullptr;
    size_ = 0;
    std::vector<uint64_t>().swap(read_);
  }

  void* mapped_ = nullptr;
  size_t size_ = 0;
  std::vector<uint64_t> read_;
};

struct LoadedImage {
  FileBytes file;                // the image as read from the cache folder, or
  std::vector<uint64_t> built;   // the image as built from the text files
  std::string status;  // "read", "written", or "built (why it was not read or not written)"

  const uint64_t* Words() const { return built.empty() ? file.Words() : built.data(); }
};

inline std::string Hex(uint64_t value) {
  static const char digits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; i--, value >>= 4) out[i] = digits[value & 15];
  return out;
}

// "" when the image was read and checked, else why not.
inline std::string ReadImage(const std::string& path, uint64_t inputHash, FileBytes& image) {
  if (!image.Open(path)) return "no image yet";
  if (image.Size() < sizeof(ImageHeader)) return "image too short";
  const std::string wrong = FlatDictionary::Check(image.Words(), image.Size(), inputHash);
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

// The bytes of a dictionary, which must open (cppjieba's message when it does not).
inline FileBytes DictionaryBytes(const std::string& path) {
  FileBytes bytes;
  if (!bytes.Open(path)) throw std::runtime_error("open " + path + " failed");
  return bytes;
}

// The image of these dictionaries: read from `cacheDir` when an intact one is there, else built from the text files
// and written there (cacheDir "": built, never written).
inline LoadedImage LoadImage(const std::string& mainPath, const std::vector<std::string>& userPaths, const std::string& cacheDir) {
  uint64_t inputHash;
  {
    const FileBytes mainBytes = DictionaryBytes(mainPath);
    inputHash = HashBytes(mainBytes.Bytes(), mainBytes.Size(), kVersion);
  }
  for (const std::string& path : userPaths) {
    const FileBytes bytes = DictionaryBytes(path);
    inputHash = HashBytes(bytes.Bytes(), bytes.Size(), inputHash);
  }

  LoadedImage loaded;
  std::string why = "no cache folder";
  std::string path;
  if (!cacheDir.empty()) {
    path = cacheDir + "/dictionary-" + Hex(inputHash) + ".img";
    why = ReadImage(path, inputHash, loaded.file);
    if (why.empty()) {
      loaded.status = "read";
      return loaded;
    }
    loaded.file = FileBytes();
  }
  std::vector<std::string> userTexts;
  for (const std::string& path : userPaths) userTexts.push_back(ReadWholeFile(path));
  loaded.built = FlatDictionary::BuildImage(ReadDictionaries(ReadWholeFile(mainPath), userTexts), inputHash);
  if (!path.empty()) {
    const std::string unwritten = WriteImage(path, loaded.built);
    loaded.status = unwritten.empty() ? "written" : "built (" + why + "; " + unwritten + ")";
  } else {
    loaded.status = "built (" + why + ")";
  }
  if (loaded.status == "written" && why != "no image yet") loaded.status = "written (" + why + ")";
  return loaded;
}

// The HMM block of the model at `modelPath`: read from `cacheDir` when an intact one is there, else parsed by cppjieba
// and written there (cacheDir "": parsed, never written). Its status is as LoadImage's.
inline LoadedImage LoadHmmImage(const std::string& modelPath, const std::string& cacheDir) {
  uint64_t inputHash;
  {
    const FileBytes bytes = DictionaryBytes(modelPath);
    inputHash = HashBytes(bytes.Bytes(), bytes.Size(), kHmmVersion);
  }
  LoadedImage loaded;
  std::string why = "no cache folder";
  std::string path;
  if (!cacheDir.empty()) {
    path = cacheDir + "/hmm-" + Hex(inputHash) + ".img";
    if (!loaded.file.Open(path)) {
      why = "no image yet";
    } else {
      const std::string wrong = FlatHmm::Check(loaded.file.Words(), loaded.file.Size(), inputHash);
      if (wrong.empty()) {
        loaded.status = "read";
        return loaded;
      }
      why = "image " + wrong;
    }
    loaded.file = FileBytes();
  }
  const cppjieba::HMMModel model(modelPath);
  loaded.built = FlatHmm::BuildImage(model, inputHash);
  if (!path.empty()) {
    const std::string unwritten = WriteImage(path, loaded.built);
    loaded.status = unwritten.empty() ? "written" : "built (" + why + "; " + unwritten + ")";
  } else {
    loaded.status = "built (" + why + ")";
  }
  return loaded;
}

}  // namespace policy_cli

#endif
