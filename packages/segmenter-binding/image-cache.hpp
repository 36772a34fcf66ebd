// Where the dictionary image lives between runs: `<cache dir>/dictionary-<hash>.img`, the hash being that of the
// dictionaries' contents, so a changed dictionary (ours, jieba's, a user's --dict) gets an image of its own and never
// the old one; beside it `hmm-<hash>.img`, the HMM model's (flat-hmm.hpp), named after the model file's contents.
// Written to a temporary file renamed into place, so a reader (another process, a parallel test) sees a whole image or
// none. Anything wrong (no cache dir, unwritable, damaged, another version) only means building from the text files,
// as before.
//
// An image is read into memory of the process (not mapped: a file truncated or replaced under a running process then
// cannot crash it, and it is checked once, whole), and on Linux into memory advised for transparent huge pages: fresh
// memory costs a page fault per 4 kB page touched, and the ~14 MB image cost ~3,400 of them, most of what a start spent
// loading the segmenter on a virtual machine (~0.1 s of CPU); with huge pages it is a few. The dictionaries are only
// hashed, as they are read, through one small buffer.
#ifndef POLICY_CLI_IMAGE_CACHE_HPP
#define POLICY_CLI_IMAGE_CACHE_HPP

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <random>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#ifdef __linux__
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

#include "dictionary-source.hpp"
#include "flat-dictionary.hpp"
#include "flat-hmm.hpp"

namespace policy_cli {

// A file's bytes, read into memory of this process, 8-aligned. Movable, not copyable.
class FileBytes {
 public:
  FileBytes() = default;
  FileBytes(const FileBytes&) = delete;
  FileBytes& operator=(const FileBytes&) = delete;
  FileBytes(FileBytes&& other) noexcept { *this = std::move(other); }
  FileBytes& operator=(FileBytes&& other) noexcept {
    if (this != &other) {
      Release();
      region_ = other.region_;
      regionBytes_ = other.regionBytes_;
      words_ = other.words_;
      size_ = other.size_;
      read_.swap(other.read_);
      other.region_ = nullptr;
      other.regionBytes_ = 0;
      other.words_ = nullptr;
      other.size_ = 0;
    }
    return *this;
  }
  ~FileBytes() { Release(); }

  // The bytes of `path`; false when it cannot be opened or read whole.
  bool Open(const std::string& path) {
    Release();
#ifdef __linux__
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    struct stat info;
    bool ok = ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode);
    if (ok) {
      size_ = static_cast<size_t>(info.st_size);
      char* into = Allocate(size_);
      for (size_t got = 0; ok && got < size_;) {
        const ssize_t n = ::read(fd, into + got, size_ - got);
        if (n > 0) got += static_cast<size_t>(n);
        else ok = n < 0 && errno == EINTR;
      }
    }
    ::close(fd);
    if (!ok) Release();
    return ok;
#else
    std::ifstream in(path.c_str(), std::ios::binary);
    if (!in.is_open()) return false;
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    in.seekg(0, std::ios::beg);
    if (size < 0) return false;
    size_ = static_cast<size_t>(size);
    char* into = Allocate(size_);
    if (size_ > 0 && !in.read(into, size)) {
      Release();
      return false;
    }
    return true;
#endif
  }

  // Never null.
  const uint64_t* Words() const {
    static const uint64_t empty = 0;
    return words_ ? words_ : &empty;
  }
  const char* Bytes() const { return reinterpret_cast<const char*>(Words()); }
  size_t Size() const { return size_; }

 private:
  static const size_t kHugePage = size_t(2) << 20;

  // Room for `bytes`: huge pages for a file of a few of them (Linux, where the system allows it), else a vector.
  char* Allocate(size_t bytes) {
#ifdef __linux__
    if (bytes >= 2 * kHugePage) {
      const size_t rounded = (bytes + kHugePage - 1) & ~(kHugePage - 1);
      void* region = ::mmap(nullptr, rounded + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      if (region != MAP_FAILED) {
        region_ = region;
        regionBytes_ = rounded + kHugePage;
        char* aligned = reinterpret_cast<char*>((reinterpret_cast<uintptr_t>(region) + kHugePage - 1) & ~uintptr_t(kHugePage - 1));
        ::madvise(aligned, rounded, MADV_HUGEPAGE);  // advice only: without it, ordinary pages
        words_ = reinterpret_cast<uint64_t*>(aligned);
        return aligned;
      }
    }
#endif
    read_.assign((bytes + 7) / 8, 0);
    words_ = read_.empty() ? nullptr : read_.data();
    return reinterpret_cast<char*>(words_);
  }

  void Release() {
#ifdef __linux__
    if (region_) ::munmap(region_, regionBytes_);
#endif
    region_ = nullptr;
    regionBytes_ = 0;
    words_ = nullptr;
    size_ = 0;
    std::vector<uint64_t>().swap(read_);
  }

  void* region_ = nullptr;  // the huge-page region, when there is one
  size_t regionBytes_ = 0;
  uint64_t* words_ = nullptr;
  size_t size_ = 0;
  std::vector<uint64_t> read_;
};

// HashBytes of the contents of `path`, read through a 64 kB buffer (the dictionaries are hashed, never kept);
// cppjieba's message when it cannot be opened.
inline uint64_t HashFile(const std::string& path, uint64_t seed) {
  std::ifstream in(path.c_str(), std::ios::binary);
  if (!in.is_open()) throw std::runtime_error("open " + path + " failed");
  in.seekg(0, std::ios::end);
  const std::streamoff end = in.tellg();
  in.seekg(0, std::ios::beg);
  if (end < 0) throw std::runtime_error("read " + path + " failed");
  const size_t size = static_cast<size_t>(end);
  ByteHasher hasher(size, seed);
  std::vector<char> buffer(size_t(1) << 16);  // a multiple of 8: only the last piece has a tail
  for (size_t left = size; left > 0 || size == 0;) {
    const size_t piece = std::min(buffer.size(), left);
    if (piece > 0 && !in.read(buffer.data(), static_cast<std::streamsize>(piece))) throw std::runtime_error("read " + path + " failed");
    hasher.Add(buffer.data(), piece);
    left -= piece;
    if (left == 0) break;
  }
  return hasher.Finish();
}

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

// The image of these dictionaries: read from `cacheDir` when an intact one is there, else built from the text files
// and written there (cacheDir "": built, never written).
inline LoadedImage LoadImage(const std::string& mainPath, const std::vector<std::string>& userPaths, const std::string& cacheDir) {
  uint64_t inputHash = HashFile(mainPath, kVersion);
  for (const std::string& path : userPaths) inputHash = HashFile(path, inputHash);

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
  const uint64_t inputHash = HashFile(modelPath, kHmmVersion);
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
