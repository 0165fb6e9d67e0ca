// Test tool for the export tests (tests/app/*.sh): compares PNG files as the tests need, and
// fails on a blank frame so that no test passes on one.
//
//   png_compare exact A.png B.png             the same size and every pixel equal
//   png_compare close MEAN P99 A.png B.png    the same size; the mean absolute difference per
//                                             channel (R, G, B, out of 255) at most MEAN and its
//                                             99th percentile at most P99
//   png_compare size WxH A.png                the image is W x H pixels
//   png_compare differ A.png B.png            the same size, and not equal (time moved)
//
// Every image read must look like a map: at least 200 distinct colours (a frame of the atlas
// has thousands; a blank, cleared or one-colour frame has one or two).
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <vector>

#include <stb/stb_image.h>

namespace {

struct Png {
  int w = 0, h = 0;
  std::vector<unsigned char> rgba;
};

int fail(const std::string& msg) {
  std::fprintf(stderr, "FAIL: %s\n", msg.c_str());
  return 1;
}

bool load(const std::string& path, Png& out, std::string& error) {
  int n = 0;
  unsigned char* px = stbi_load(path.c_str(), &out.w, &out.h, &n, 4);
  if (!px) {
    error = "cannot read " + path;
    return false;
  }
  out.rgba.assign(px, px + static_cast<std::size_t>(out.w) * out.h * 4);
  stbi_image_free(px);
  std::set<unsigned> colours;
  for (std::size_t i = 0; i + 3 < out.rgba.size() && colours.size() < 200; i += 4)
    colours.insert(static_cast<unsigned>(out.rgba[i]) << 16 | out.rgba[i + 1] << 8 |
                   out.rgba[i + 2]);
  if (colours.size() < 200) {
    error = path + " is blank or nearly (" + std::to_string(colours.size()) +
            " colours): not a frame of the map";
    return false;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> a(argv + 1, argv + argc);
  if (a.empty()) return fail("usage: png_compare exact|close|size|differ ...");
  std::string error;
  if (a[0] == "size" && a.size() == 3) {
    Png p;
    if (!load(a[2], p, error)) return fail(error);
    const std::string got = std::to_string(p.w) + "x" + std::to_string(p.h);
    if (got != a[1]) return fail(a[2] + " is " + got + ", not " + a[1]);
    std::printf("%s: %s\n", a[2].c_str(), got.c_str());
    return 0;
  }
  const bool exact = a[0] == "exact" && a.size() == 3;
  const bool differ = a[0] == "differ" && a.size() == 3;
  const bool close = a[0] == "close" && a.size() == 5;
  if (!exact && !differ && !close) return fail("usage: png_compare exact|close|size|differ ...");
  const std::string pa = a[a.size() - 2], pb = a[a.size() - 1];
  Png x, y;
  if (!load(pa, x, error) || !load(pb, y, error)) return fail(error);
  if (x.w != y.w || x.h != y.h)
    return fail(pa + " is " + std::to_string(x.w) + "x" + std::to_string(x.h) + ", " + pb + " is " +
                std::to_string(y.w) + "x" + std::to_string(y.h));
  // Differences per channel (R, G, B; the frames are opaque).
  std::array<std::size_t, 256> histogram{};
  std::size_t differing = 0, first = x.rgba.size();
  double sum = 0;
  for (std::size_t i = 0; i < x.rgba.size(); i += 4) {
    bool same = true;
    for (std::size_t c = 0; c < 3; ++c) {
      const int d = std::abs(int(x.rgba[i + c]) - int(y.rgba[i + c]));
      ++histogram[static_cast<std::size_t>(d)];
      sum += d;
      same = same && d == 0;
    }
    if (!same) {
      ++differing;
      first = std::min(first, i);
    }
  }
  const std::size_t samples = x.rgba.size() / 4 * 3;
  std::size_t seen = 0;
  int p99 = 0;
  for (int d = 0; d < 256; ++d) {
    seen += histogram[static_cast<std::size_t>(d)];
    if (seen * 100 >= samples * 99) {
      p99 = d;
      break;
    }
  }
  const double mean = sum / static_cast<double>(samples);
  std::printf("%s vs %s: %zu of %zu pixels differ; per channel mean %.3f, 99th percentile %d\n",
              pa.c_str(), pb.c_str(), differing, x.rgba.size() / 4, mean, p99);
  if (exact && differing > 0) {
    const std::size_t px = first / 4;
    return fail("not the same pixels; the first differs at (" +
                std::to_string(px % static_cast<std::size_t>(x.w)) + ", " +
                std::to_string(px / static_cast<std::size_t>(x.w)) + ")");
  }
  if (differ && differing == 0) return fail("the two frames are the same");
  if (close && (mean > std::atof(a[1].c_str()) || p99 > std::atoi(a[2].c_str())))
    return fail("differ by more than mean " + a[1] + ", 99th percentile " + a[2]);
  return 0;
}
