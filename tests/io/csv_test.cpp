#include "netgov/io/csv.hpp"

#include <sstream>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace netgov::io {
namespace {

TEST(Csv, PlainCellsAreWrittenAsTheyAre) {
  EXPECT_EQ(EscapeCsvField(""), "");
  EXPECT_EQ(EscapeCsvField("ohchr"), "ohchr");
  EXPECT_EQ(EscapeCsvField("2021-12-06"), "2021-12-06");
  EXPECT_EQ(EscapeCsvField("Genève — réunion"), "Genève — réunion");
  EXPECT_EQ(EscapeCsvField("a;b 'c'"), "a;b 'c'");
}

TEST(Csv, QuotesCommasQuotesAndLineBreaks) {
  EXPECT_EQ(EscapeCsvField("a,b"), "\"a,b\"");
  EXPECT_EQ(EscapeCsvField("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(EscapeCsvField("one\ntwo"), "\"one\ntwo\"");
  EXPECT_EQ(EscapeCsvField("one\r\ntwo"), "\"one\r\ntwo\"");
  EXPECT_EQ(EscapeCsvField("\""), "\"\"\"\"");
}

TEST(Csv, DefusesFormulas) {
  EXPECT_EQ(EscapeCsvField("=cmd|' /C calc'!A0"), "\"'=cmd|' /C calc'!A0\"");
  EXPECT_EQ(EscapeCsvField("+SUM(A1)"), "\"'+SUM(A1)\"");
  EXPECT_EQ(EscapeCsvField("-2+3"), "\"'-2+3\"");
  EXPECT_EQ(EscapeCsvField("@SUM(A1)"), "\"'@SUM(A1)\"");
  EXPECT_EQ(EscapeCsvField("\tx"), "\"'\tx\"");
  EXPECT_EQ(EscapeCsvField("\rx"), "\"'\rx\"");
  EXPECT_EQ(EscapeCsvField("=\"a\",b"), "\"'=\"\"a\"\",b\"");
  EXPECT_EQ(EscapeCsvField("-"), "\"'-\"");
  EXPECT_EQ(EscapeCsvField("x=1"), "x=1");
}

TEST(Csv, PlainNumbersAreNotFormulas) {
  EXPECT_FALSE(IsCsvFormula("-1"));
  EXPECT_FALSE(IsCsvFormula("+2.5"));
  EXPECT_FALSE(IsCsvFormula("0.333"));
  EXPECT_TRUE(IsCsvFormula("-1."));
  EXPECT_TRUE(IsCsvFormula("-.5"));
  EXPECT_TRUE(IsCsvFormula("-1e5"));
  EXPECT_TRUE(IsCsvFormula("+"));
  EXPECT_FALSE(IsCsvFormula(""));
}

TEST(Csv, RecordsEndWithCrlf) {
  EXPECT_EQ(CsvRecord({"a", "b,c", ""}), "a,\"b,c\",\r\n");
  EXPECT_EQ(CsvRecord({}), "\r\n");
}

TEST(Csv, WriterKeepsEveryRowToTheHeaderWidth) {
  std::ostringstream out;
  CsvWriter csv(out, {"entity", "leads", "note"});
  csv.Row({"ohchr", "2", "=1+1"});
  csv.Row({"unesco"});
  csv.Row({"a", "b", "c", "d"});
  EXPECT_EQ(csv.rows(), 3u);
  EXPECT_EQ(out.str(),
            "entity,leads,note\r\n"
            "ohchr,2,\"'=1+1\"\r\n"
            "unesco,,\r\n"
            "a,b,c\r\n");
}

}  // namespace
}  // namespace netgov::io
