// File: benchmarks/calendar_benchmark.cpp
// -----------------------------------------------------------------------------
//
// The calendar engine: adjusting a date by a business-day convention (target:
// under 100 ns), advancing by N business days (linear in N), and expanding
// recurring deadlines over ten years (linear in occurrences), and finding a
// window of a long schedule (logarithmic in the dates before it). The calendar is
// a New York-like one: Saturday/Sunday weekends and ten holidays a year for
// 2020-2035; the union case joins it with a Geneva-like calendar.
//
// Last recorded run (Release, g++-12, 2 shared cores; see docs/benchmarks.md):
//   cmake -S . -B build-calendar-rel -G Ninja -DCMAKE_BUILD_TYPE=Release
//   cmake --build build-calendar-rel --target calendar_benchmark
//   build-calendar-rel/benchmarks/calendar_benchmark
//   (2026-11-29, load average 8.6 from four other builds: read the CPU column)
//   Benchmark                             Time        CPU   Iterations
//   BM_AdjustFollowing                 22.0 ns    14.5 ns     51340195
//   BM_AdjustModifiedFollowing         25.2 ns    16.7 ns     30578252
//   BM_AdjustModifiedFollowingUnion    26.2 ns    17.3 ns     42356657
//   BM_Advance/1                       45.6 ns    30.0 ns     22548623
//   BM_Advance/16                       838 ns     422 ns      1583456
//   BM_Advance/1024                   57801 ns   28601 ns        22441
//   BM_Advance_BigO                   56.28 N    27.91 N
//   BM_ExpandTenYears/10              0.975 ms   0.482 ms        1679  occurrences=2.18k
//   BM_ExpandTenYears/100              8.09 ms    3.98 ms         151  occurrences=19.229k
//   BM_ExpandTenYears/1000             70.2 ms    37.0 ms          18  occurrences=192.286k
//   BM_ExpandTenYears/10000             860 ms     437 ms           2  occurrences=1.92286M
//   BM_ExpandTenYears_BigO           446.23 N   226.75 N   (N = occurrences; RMS 3 %)
//   (2026-11-30, build/release, load about 4)
//   BM_BetweenAfterNDates/8            1504 ns          871 ns
//   BM_BetweenAfterNDates/131072       4558 ns         1511 ns
//   BM_BetweenAfterNDates_BigO       269.86 lgN       99.22 lgN
#include <benchmark/benchmark.h>

#include <vector>

#include "netgov/calendar/business_calendar.hpp"
#include "netgov/calendar/deadlines.hpp"
#include "netgov/calendar/schedule.hpp"

namespace {

using netgov::Date;
using netgov::calendar::BusinessCalendar;

std::vector<Date> Holidays(int offset) {
  std::vector<Date> out;
  for (int y = 2020; y <= 2035; ++y) {
    const auto year = static_cast<unsigned short>(y);
    for (int m = 1; m <= 10; ++m) {
      out.push_back(Date(year, static_cast<unsigned short>(m),
                         static_cast<unsigned short>(1 + (m * 7 + offset) % 27)));
    }
  }
  return out;
}

const BusinessCalendar& NewYork() {
  static const BusinessCalendar cal = BusinessCalendar::WeekendAndHolidays(
      "ny", {netgov::Weekday::kSaturday, netgov::Weekday::kSunday}, Holidays(0));
  return cal;
}

const BusinessCalendar& NewYorkGeneva() {
  static const BusinessCalendar cal = BusinessCalendar::JoinHolidays(
      "ny-geneva",
      {NewYork(), BusinessCalendar::WeekendAndHolidays(
                      "geneva", {netgov::Weekday::kSaturday, netgov::Weekday::kSunday},
                      Holidays(5))});
  return cal;
}

// Every day of 2022 to 2025 in turn, so weekends and holidays are met at
// their real rate.
std::vector<Date> Days() {
  std::vector<Date> out;
  for (Date d(2022, 1, 1); d <= Date(2025, 12, 31); d += boost::gregorian::days(1)) {
    out.push_back(d);
  }
  return out;
}

void Adjust(benchmark::State& state, const BusinessCalendar& cal,
            netgov::BusinessDayConvention convention) {
  const std::vector<Date> days = Days();
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(cal.Adjust(days[i], convention));
    i = i + 1 == days.size() ? 0 : i + 1;
  }
}

void BM_AdjustFollowing(benchmark::State& state) {
  Adjust(state, NewYork(), netgov::BusinessDayConvention::kFollowing);
}
BENCHMARK(BM_AdjustFollowing);

void BM_AdjustModifiedFollowing(benchmark::State& state) {
  Adjust(state, NewYork(), netgov::BusinessDayConvention::kModifiedFollowing);
}
BENCHMARK(BM_AdjustModifiedFollowing);

void BM_AdjustModifiedFollowingUnion(benchmark::State& state) {
  Adjust(state, NewYorkGeneva(), netgov::BusinessDayConvention::kModifiedFollowing);
}
BENCHMARK(BM_AdjustModifiedFollowingUnion);

void BM_Advance(benchmark::State& state) {
  const std::vector<Date> days = Days();
  const int n = static_cast<int>(state.range(0));
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(NewYork().Advance(days[i], n));
    i = i + 1 == days.size() ? 0 : i + 1;
  }
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_Advance)->RangeMultiplier(4)->Range(1, 1024)->Complexity(benchmark::oN);

// `count` deadlines, a quarter each weekly, monthly from a month end,
// monthly on the last business day and yearly from 29 February, all without
// an end; expanded over ten years.
std::vector<netgov::Deadline> Deadlines(int count) {
  std::vector<netgov::Deadline> out;
  for (int k = 0; k < count; ++k) {
    netgov::Deadline d;
    d.id = netgov::DeadlineId(std::to_string(k));
    d.convention = netgov::BusinessDayConvention::kModifiedFollowing;
    d.recurrence = netgov::Recurrence{};
    switch (k % 4) {
      case 0:
        d.date = Date(2020, 1, 6) + boost::gregorian::days(k % 7);
        d.recurrence->freq = netgov::Frequency::kWeekly;
        break;
      case 1:
        d.date = Date(2020, 1, 31);
        d.recurrence->freq = netgov::Frequency::kMonthly;
        break;
      case 2:
        d.date = Date(2020, 3, 31);
        d.recurrence->freq = netgov::Frequency::kMonthly;
        d.recurrence->day_rule = netgov::DayRule::kLastBusinessDay;
        break;
      default:
        d.date = Date(2020, 2, 29);
        d.recurrence->freq = netgov::Frequency::kYearly;
        break;
    }
    d.reminders = {{7, false}, {2, true}};
    out.push_back(std::move(d));
  }
  return out;
}

void BM_ExpandTenYears(benchmark::State& state) {
  const std::vector<netgov::Deadline> deadlines = Deadlines(static_cast<int>(state.range(0)));
  std::size_t occurrences = 0;
  for (auto _ : state) {
    occurrences = 0;
    for (const netgov::Deadline& d : deadlines) {
      occurrences += netgov::calendar::Expand(d, NewYork(), Date(2020, 1, 1),
                                              Date(2029, 12, 31))
                         .size();
    }
    benchmark::DoNotOptimize(occurrences);
  }
  state.counters["occurrences"] = static_cast<double>(occurrences);
  state.SetComplexityN(static_cast<int64_t>(occurrences));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * occurrences));
}
BENCHMARK(BM_ExpandTenYears)
    ->RangeMultiplier(10)
    ->Range(10, 10000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oN);

// A 31-day window of a daily schedule whose first date lies N days before
// it: DateSchedule::Between() finds the window's first index by a search
// over At() (logarithmic in N), then reads the window's 31 dates.
void BM_BetweenAfterNDates(benchmark::State& state) {
  const Date window(2030, 1, 1);
  absl::StatusOr<netgov::calendar::DateSchedule> s =
      netgov::calendar::MakeSchedule()
          .From(window - boost::gregorian::days(state.range(0)))
          .Every(netgov::calendar::Period(1, netgov::calendar::TimeUnit::kDays))
          .WithCalendar(NewYork())
          .WithConvention(netgov::BusinessDayConvention::kModifiedFollowing)
          .Build();
  if (!s.ok()) {
    state.SkipWithError("the schedule did not build");
    return;
  }
  for (auto _ : state) {
    benchmark::DoNotOptimize(s->Between(window, window + boost::gregorian::days(30)));
  }
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_BetweenAfterNDates)
    ->RangeMultiplier(8)
    ->Range(8, 8 << 14)  // up to 131,072 days (from 1671)
    ->Complexity(benchmark::oLogN);

}  // namespace

BENCHMARK_MAIN();
