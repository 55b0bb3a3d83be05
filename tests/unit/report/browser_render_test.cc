// report.html rendered by a real browser (Debian's headless chromium): the page loads without
// console errors, the DOM holds the charts, and the screenshot shows the bar and heatmap colours
// where the charts are, on a page that is not blank. Skipped, saying so, when chromium is not
// installed (CI installs it: scripts/install_deps.sh).
#include <png.h>

#include <chrono>
#include <cstdlib>
#include <iostream>

#include <gtest/gtest.h>

#include "report_study_fixture.h"
#include "test_utils.h"
#include "xlfuse/report/svg_canvas.h"
#include "xlfuse/report/write_report.h"

namespace xlfuse::report {
namespace {

namespace fs = std::filesystem;
using test::TempDir;

// $XLFUSE_CHROMIUM, else chromium or chromium-browser on the PATH; "" when none.
std::string find_chromium() {
  if (const char* env = std::getenv("XLFUSE_CHROMIUM"); env && *env) return env;
  for (const char* name : {"chromium", "chromium-browser"}) {
    std::string out;
    if (test::run_command(std::string("command -v ") + name, &out) == 0 && !out.empty()) {
      while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
      return out;
    }
  }
  return "";
}

struct Image {
  unsigned width = 0, height = 0;
  std::vector<unsigned char> rgb;
  bool near(unsigned x, unsigned y, const std::string& hex) const {
    const unsigned char* p = &rgb[(static_cast<size_t>(y) * width + x) * 3];
    for (int c = 0; c < 3; ++c) {
      const int want = std::stoi(hex.substr(1 + 2 * static_cast<size_t>(c), 2), nullptr, 16);
      if (std::abs(static_cast<int>(p[c]) - want) > 2) return false;
    }
    return true;
  }
};

Image read_png(const fs::path& file) {
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  if (!png_image_begin_read_from_file(&image, file.c_str())) throw std::runtime_error("cannot read " + file.string());
  image.format = PNG_FORMAT_RGB;
  Image out;
  out.width = image.width;
  out.height = image.height;
  out.rgb.resize(PNG_IMAGE_SIZE(image));
  if (!png_image_finish_read(&image, nullptr, out.rgb.data(), 0, nullptr))
    throw std::runtime_error("cannot decode " + file.string() + ": " + image.message);
  return out;
}

// Pixels of one colour and their bounding box.
struct ColorRegion {
  size_t count = 0;
  unsigned x0 = ~0u, y0 = ~0u, x1 = 0, y1 = 0;
};

ColorRegion region_of(const Image& img, const std::string& hex) {
  ColorRegion r;
  for (unsigned y = 0; y < img.height; ++y)
    for (unsigned x = 0; x < img.width; ++x)
      if (img.near(x, y, hex)) {
        ++r.count;
        r.x0 = std::min(r.x0, x);
        r.y0 = std::min(r.y0, y);
        r.x1 = std::max(r.x1, x);
        r.y1 = std::max(r.y1, y);
      }
  return r;
}

size_t count_of(const std::string& text, const std::string& needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

std::string shell_quote(const fs::path& p) { return "'" + p.string() + "'"; }

TEST(BrowserRenderTest, ReportRendersWithChartsAndNoConsoleErrors) {
  const std::string chromium = find_chromium();
  if (chromium.empty())
    GTEST_SKIP() << "SKIPPED: chromium is not installed (apt-get install chromium, or set XLFUSE_CHROMIUM); "
                    "scripts/install_deps.sh installs it for CI";
  const auto start = std::chrono::steady_clock::now();
  TempDir dir;
  test::report_fixture::StandardStudy study(dir / "study");
  ReportOptions options;
  options.study_dir = (dir / "study").string();
  options.out_dir = (dir / "out").string();
  const ReportResult result = write_report(options);

  const std::string flags =
      " --headless --disable-gpu --no-sandbox --hide-scrollbars --force-device-scale-factor=1 "
      "--no-first-run --user-data-dir=" +
      shell_quote(dir / "profile") + " ";
  const std::string url = "file://" + fs::absolute(result.html_file).string();
  const fs::path shot = dir / "shot.png";
  std::string log;
  const int rc = test::run_command("timeout 90 " + shell_quote(chromium) + flags +
                                       "--enable-logging=stderr --v=0 "
                                       "--window-size=1280,2000 --screenshot=" +
                                       shell_quote(shot) + " '" + url + "'",
                                   &log);
  ASSERT_EQ(rc, 0) << log;
  std::string dom;
  ASSERT_EQ(test::run_command("timeout 90 " + shell_quote(chromium) + flags +
                                  "--enable-logging=stderr --v=0 --dump-dom '" + url + "'",
                              &dom),
            0)
      << dom;

  // The page logged nothing to the console (errors, failed loads): chromium logs them as CONSOLE.
  EXPECT_EQ(log.find(":CONSOLE"), std::string::npos) << log;
  EXPECT_EQ(dom.find(":CONSOLE"), std::string::npos) << dom.substr(0, 2000);
  // The DOM the browser built holds the four charts and their marks.
  EXPECT_EQ(count_of(dom, "<svg class=\"chart "), 4u);
  EXPECT_EQ(count_of(dom, "class=\"bar-ensemble\""), 4u);  // 3 languages + the mean
  EXPECT_EQ(count_of(dom, "class=\"heat-cell\""), 6u);     // (siqa, mnli) x 3 languages
  EXPECT_NE(dom.find("ORACLE member of"), std::string::npos);

  const Image img = read_png(shot);
  ASSERT_EQ(img.width, 1280u);
  ASSERT_EQ(img.height, 2000u);
  size_t not_white = 0;
  for (unsigned y = 0; y < img.height; ++y)
    for (unsigned x = 0; x < img.width; ++x) not_white += img.near(x, y, "#ffffff") ? 0 : 1;
  EXPECT_GT(not_white, img.width * img.height / 50) << "the page looks blank";

  // Bars: four member and four ensemble bars of 16 px width and 60-170 px height each.
  const ColorRegion member = region_of(img, colors::kMemberBar);
  const ColorRegion ensemble = region_of(img, colors::kEnsembleBar);
  EXPECT_GT(member.count, 3000u);
  EXPECT_GT(ensemble.count, 3000u);
  // The largest gain (mnli on ht, +6) fills one heatmap cell with the full green.
  const ColorRegion green = region_of(img, colors::kGainPositive);
  EXPECT_GT(green.count, 700u);
  EXPECT_LT(green.count, 1200u);  // one 45 x 25 cell, not more
  // Where they are: the bar chart (560 px wide, left) above the heatmap, both on the page.
  EXPECT_LT(member.x1, 700u);
  EXPECT_LT(ensemble.x1, 700u);
  EXPECT_GT(member.x0, 40u);
  EXPECT_LT(std::max(member.y1, ensemble.y1), green.y0);
  EXPECT_LT(green.y1, 2000u);
  // Bars stand on one baseline: their lowest pixels share a row.
  EXPECT_NEAR(static_cast<double>(member.y1), static_cast<double>(ensemble.y1), 1.0);

  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cout << "[browser test] chromium render and checks took " << seconds << " s\n";
  RecordProperty("seconds", std::to_string(seconds));
}

}  // namespace
}  // namespace xlfuse::report
