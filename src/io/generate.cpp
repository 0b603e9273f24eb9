#include "netgov/io/generate.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "netgov/core/strings.hpp"
#include "netgov/network/network_builder.hpp"

namespace netgov::io {
namespace {

// Rng
//
// Bounded draws by rejection from mt19937_64, identical on every platform.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : engine_(seed) {}

  // A number in [0, n), n >= 1.
  std::size_t Below(std::size_t n) {
    const std::uint64_t bound = n;
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % bound;
    std::uint64_t x = engine_();
    while (x >= limit) x = engine_();
    return static_cast<std::size_t>(x % bound);
  }

  // True one time in `n`.
  bool OneIn(std::size_t n) { return Below(n) == 0; }

 private:
  std::mt19937_64 engine_;
};

constexpr std::array<std::string_view, 16> kSyllables = {
    "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo",
    "ze", "bu", "da", "fe", "gi", "ho", "ju", "ly"};
constexpr std::array<std::string_view, 16> kFamily = {
    "ban", "cor", "del", "fin", "gar", "hal", "mor", "nes",
    "pol", "ros", "sel", "tam", "ver", "wil", "yor", "zan"};
constexpr std::array<std::string_view, 5> kKinds = {"agency", "fund", "programme",
                                                    "office", "department"};
constexpr std::array<std::string_view, 6> kZones = {
    "America/New_York", "Europe/Zurich", "Europe/Paris",
    "Europe/Vienna",    "Asia/Bangkok",  "Africa/Nairobi"};
constexpr std::array<Stance, 5> kStances = {Stance::kEndorses, Stance::kPartially,
                                            Stance::kConsidering, Stance::kDeclines,
                                            Stance::kEndorses};

// A capitalised word that spells `n` in base 16 with at least three
// syllables: distinct numbers give distinct words.
template <std::size_t N>
std::string Word(std::size_t n, const std::array<std::string_view, N>& syllables) {
  std::string out;
  int digits = 0;
  do {
    out.insert(0, syllables[n % N]);
    n /= N;
    ++digits;
  } while (n > 0 || digits < 3);
  out[0] = absl::ascii_toupper(static_cast<unsigned char>(out[0]));
  return out;
}

std::string Padded(std::string_view prefix, std::size_t n, std::size_t total) {
  std::string digits = absl::StrCat(n);
  const std::string widest = absl::StrCat(total == 0 ? 0 : total - 1);
  if (digits.size() < widest.size()) digits.insert(0, widest.size() - digits.size(), '0');
  return absl::StrCat(ToAbsl(prefix), digits);
}

}  // namespace

absl::StatusOr<Network> GenerateNetwork(const GenerateOptions& options) {
  if (options.entities < 1 || options.entities > kMaxGeneratedEntities) {
    return absl::InvalidArgumentError(
        absl::StrCat("entities: ", options.entities, " is not from 1 to ",
                     kMaxGeneratedEntities));
  }
  if (options.pillars < 1 || options.pillars > kMaxGeneratedPillars) {
    return absl::InvalidArgumentError(
        absl::StrCat("pillars: ", options.pillars, " is not from 1 to ",
                     kMaxGeneratedPillars));
  }
  Rng rng(options.seed);
  const auto n = static_cast<std::size_t>(options.entities);
  const auto m = static_cast<std::size_t>(options.pillars);
  const Date start(2021, 1, 1);
  const Date handover(2022, 1, 1);
  NetworkBuilder b(NetworkInfo{
      absl::StrCat("generated-", options.seed),
      absl::StrCat("Generated network (", n, " entities, ", m, " pillars, seed ",
                   options.seed, ")"),
      "America/New_York", "Synthetic data from netgov generate.", ""});

  std::vector<EntityId> ids;
  ids.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    ReportProgress(options.progress, "entities", static_cast<std::int64_t>(i),
                   static_cast<std::int64_t>(n));
    Entity e;
    e.id = EntityId(Padded("e", i, n));
    e.acronym = Padded("E", i, n);
    e.kind = std::string(kKinds[rng.Below(kKinds.size())]);
    std::string kind_word = e.kind;
    kind_word[0] = absl::ascii_toupper(static_cast<unsigned char>(kind_word[0]));
    e.name = absl::StrCat(Word(i, kSyllables), " ", kind_word);
    e.time_zone = std::string(kZones[rng.Below(kZones.size())]);
    ids.push_back(e.id);
    b.AddEntity(std::move(e));

    Person p;
    p.id = PersonId(Padded("person-", i, n));
    p.name = absl::StrCat(Word(i, kSyllables), " ", Word(i, kFamily));
    p.posts.push_back({ids.back(), "Focal point", {}, ""});
    b.AddPerson(std::move(p));
  }
  ReportProgress(options.progress, "entities", static_cast<std::int64_t>(n),
                 static_cast<std::int64_t>(n));

  // About three roles per entity, spread over the pillars.
  const std::size_t per_pillar = std::max<std::size_t>(2, (3 * n + m - 1) / m);
  absl::flat_hash_set<std::size_t> taken;
  for (std::size_t j = 0; j < m; ++j) {
    ReportProgress(options.progress, "pillars", static_cast<std::int64_t>(j),
                   static_cast<std::int64_t>(m));
    Pillar p;
    p.id = PillarId(Padded("p", j, m));
    p.number = static_cast<int>(j + 1);
    p.name = absl::StrCat("Pillar ", Word(j, kFamily));
    if (j % 10 == 9) {
      p.launch.condition = "Awaits the network's review";
    } else {
      p.launch.date = start;
    }
    taken.clear();
    auto draw = [&] {
      std::size_t e = rng.Below(n);
      // Distinct entities per pillar while any are left.
      for (int tries = 0; taken.contains(e) && tries < 8; ++tries) e = rng.Below(n);
      taken.insert(e);
      return e;
    };
    const std::size_t lead = draw();
    if (rng.OneIn(5) && n > 1) {
      const std::size_t next = draw();
      p.roles.push_back({ids[lead], RoleKind::kLead, false,
                         {std::nullopt, handover - boost::gregorian::days(1)}, "", ""});
      p.roles.push_back({ids[next], RoleKind::kLead, false, {handover, std::nullopt}, "", ""});
    } else {
      p.roles.push_back({ids[lead], RoleKind::kLead, rng.OneIn(6), {}, "", ""});
      if (rng.OneIn(8) && n > 1) {
        p.roles.push_back({ids[draw()], RoleKind::kLead, false, {}, "", ""});
      }
    }
    while (p.roles.size() < per_pillar && taken.size() < n) {
      const std::size_t e = draw();
      if (p.roles.size() > 0 && e == lead) continue;
      p.roles.push_back({ids[e], rng.OneIn(3) ? RoleKind::kSupport : RoleKind::kMember,
                         false, {}, "", ""});
    }
    // A repeated draw (when few entities are left) would be a second role
    // for one entity; keep the first.
    absl::flat_hash_set<std::string> seen;
    std::erase_if(p.roles, [&](const Role& r) { return !seen.insert(r.entity.str()).second; });
    b.AddPillar(std::move(p));
  }

  Rotation r;
  r.id = RotationId("chair");
  r.title = "Chair";
  r.term = {start, TermUnit::kMonths, 1};
  r.permanent = {ids.front()};
  r.order.rule = OrderRuleKind::kAlphabetical;
  r.order.key = SortKey::kId;
  // `cycle` means nothing for this rule; the loader reads it as false when
  // absent, so a written and reloaded network compares equal.
  r.order.cycle = false;
  if (n > 1) r.history.push_back({start, {ids[1]}, ""});
  b.AddRotation(std::move(r));

  Calendar cal;
  cal.id = CalendarId("office");
  cal.name = "Office days";
  cal.weekend = {Weekday::kSaturday, Weekday::kSunday};
  for (int year = 2021; year <= 2025; ++year) {
    cal.holidays.push_back(Date(static_cast<unsigned short>(year), 1, 1));
    cal.holidays.push_back(Date(static_cast<unsigned short>(year), 12, 25));
  }
  b.AddCalendar(std::move(cal));

  const std::size_t meetings = 4;
  for (std::size_t k = 0; k < meetings; ++k) {
    Meeting mt;
    mt.id = MeetingId(absl::StrCat("meeting-", k + 1));
    mt.title = absl::StrCat("Network meeting ", k + 1);
    const int month = static_cast<int>(3 * k + 3);
    mt.start = absl::CivilMinute(2021 + month / 12, month % 12 + 1, 15, 9, 0);
    mt.end = mt.start + 90;
    mt.time_zone = std::string(kZones[k % kZones.size()]);
    mt.venue = "Online";
    mt.chairs = {PersonId(Padded("person-", 0, n))};
    for (std::size_t i = 0; i < std::min<std::size_t>(n, 10); ++i) {
      mt.participants.push_back({ParticipantKind::kPerson, Padded("person-", i, n)});
    }
    b.AddMeeting(std::move(mt));
  }
  for (int k = 1; k <= 3; ++k) {
    Commitment c;
    c.id = CommitmentId(absl::StrCat("c", k));
    c.number = k;
    c.text = absl::StrCat("Commitment ", k, " of the generated network.");
    c.adopted_at = MeetingId("meeting-1");
    c.status = CommitmentStatus::kAdopted;
    taken.clear();
    for (std::size_t i = 0; i < std::min<std::size_t>(n, 5); ++i) {
      const std::size_t e = rng.Below(n);
      if (!taken.insert(e).second) continue;
      c.positions.push_back({ids[e], kStances[rng.Below(kStances.size())], "", ""});
    }
    b.AddCommitment(std::move(c));
  }
  for (std::size_t j = 0; j < std::min<std::size_t>(m, 50); ++j) {
    Deadline d;
    d.id = DeadlineId(absl::StrCat("report-", Padded("p", j, m)));
    d.title = absl::StrCat("Report of pillar ", j + 1);
    d.date = Date(2022, static_cast<unsigned short>(1 + rng.Below(12)),
                  static_cast<unsigned short>(1 + rng.Below(28)));
    d.calendar = CalendarId("office");
    d.convention = j % 2 == 0 ? BusinessDayConvention::kFollowing : BusinessDayConvention::kModifiedPreceding;
    d.reminders = {{7, false}, {2, true}};
    if (j % 3 == 0) {
      Recurrence rec;
      rec.freq = Frequency::kMonthly;
      rec.interval = 3;
      rec.count = 8;
      d.recurrence = rec;
    }
    d.relates_to = {{RelationKind::kPillar, Padded("p", j, m), std::nullopt, std::nullopt}};
    b.AddDeadline(std::move(d));
  }
  ReportProgress(options.progress, "pillars", static_cast<std::int64_t>(m),
                 static_cast<std::int64_t>(m));
  ReportProgress(options.progress, "checking", 0, 1);
  absl::StatusOr<Network> built = std::move(b).Build();
  ReportProgress(options.progress, "checking", 1, 1);
  return built;
}

}  // namespace netgov::io
