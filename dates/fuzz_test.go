package dates

import (
	"reflect"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzTag checks the invariants of Tag on any input: no panic; mentions
// inside the text, on rune boundaries (of valid UTF-8), sorted and non-overlapping, with the
// phrase they cover; every interval with start <= end; the same output twice.
func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"Kerry met Putin in Moscow last month.",
		"set sentencing for May 14 and allowed; The talks, scheduled for Nov. 10 to 21, were; runs Nov. 10-21, following a summit on Thursday; beyond Friday's scheduled close, Friday’s planned; next Wednesday, the next Wednesday. An email on Feb. 14, 2023. The Feb. 14 email, the February email, the Feb. 14 anniversary, ,scheduled",
		"After missing an initial target date of Aug. 1, talks resume in late August.",
		"Friday’s talks, 48-hour cease-fire, more than five years, the 1990s, Q3 2016, 3:30 p.m. EDT Thursday",
		"May I? the March of Dimes, 290,000 people, a 2-1 vote, '90s, 8/1/16, 2016-08-26T15:00",
		"\xff\xfe invalid \xc3 utf-8 Aug.\n\n1 2016",
		"talks on Sept. 8 and 9, Aug. 24–26, Oct. 3, 4, and 5th, March 5-9, 1918, Aug. 4 and 5 men, Sept. 11, 19 hijackers",
		"the weekend of Aug. 20–21, 2016, the week of Aug. 8 -12,2016, the weekend of Aug. 20-21st, Tuesday next week's, a week from Friday, Easter week",
		"the weekend of 20-21 August, the day after tomorrow, 10 days from today, a week from last Friday, Monday week-long, Tuesday of next week. Good Friday Agreement",
		"a fortnight ago, two fortnights ago, half a century ago, Half a year later, a half-hour program, half-day, a half hour, a decades-old feud, the centuries-old, a century-old bridge, the 6-year-old",
		"at 0900 GMT, 1430 local time (1230 GMT) Tuesday, 10:35 a.m. (0735 GMT), 3 p.m. EDT (1900 GMT), at 2 o'clock, nine o'clock (",
		"05:00 BST on Friday, 4 p.m. Eastern time Wednesday, 5 p.m. west, 1430 est, 3.59am, 11.30 pm, 8:30 a.m. Monday, Nov. 27, 9 a.m. Friday, may 5, 5:34 AM Baghdad time on March 20, 2003, at 6 p.m. on Friday, Dec. 1.",
		"Monday, Dec. 4, at 7 p.m., on Wednesday, at 5 p.m., Aug. 25 at noon, at at 9 a.m., Friday ,at 3 p.m. daily from 9 a.m. to 5 p.m. is open 10 a.m.-6 p.m.",
		"overnight, Overnight Friday, an overnight, won’t happen overnight, didn't overnight rate, dawn on Wednesday, Dawn on, sunset on Monday, Sept. 12, lunchtime on",
		"2Q 2016, Q2 FY17, 3Q fy17, H1 2016, 1H FY, h2 2015, first-half 2016, the second quarter of FY17, Q1/2016, H1N1",
		"$2 million a year, 358,000 a month, four flights a week, 1998 a year, $5 an hour, fifty a day, a year earlier",
		"a quarter of a century ago, three-quarters of an hour, a year and a half ago, weeks and a half ago, a months-long, 2.75 hours",
		"in '08, the class of ’89, since '99', in '9, of '123, '90s, in ’0", "at dawn on Thursday, before sunrise, Dawn said, the dawn of",
		"the first few days of March, the last week of the year, THE FINAL DAYS OF 2015, of March, few weeks of May, the early hours of Saturday, the wee hours, overnight Friday, of Friday, hours of Monday",
		"the 2016/17 season, FY 2016/17, 1999/00, Directive 2014/65/EU, 2016/17/, 2016/1, the run-up to Christmas, to Easter, the weekend just gone, the year just, just ended, at lunchtime, midmorning",
		"from the 13th to the 19th of October 1950, between the 1st and the 3rd of june, on the 3rd to the, on the 9th-the 2nd of May, on the 5th to 5th of Mayday, the 1st or the",
		"the summer of '69, spring ’0, 71 years ago this month, a year ago today, a week ago this week, the holiday season, last festive period, the Easter holidays, passed before Christmas",
		"two months ago this summer, 25 years ago this fall, a year later today, months ago this winter, 3 decades ago this spring, a week ago tomorrow, the April-June quarter, the June-August period, April–June quarter of 2015, the April - June, June '08, May ’0, the minutes of, Fed minutes, since September, set for Jan. 5, Lunar New Year",
		"Monday the 13th, Friday the 13th, Tuesday, the 31st of, Sunday the 1st of May, Wednesday the 9th-, the 2020-21 winter, the 2020/2021 winter, 1999-00 winter, -21 winter, in the new year, the new year's, the Labor Day long weekend, Easter holiday, midweek, mid-week, the week ended Friday., the week ending Aug.",
		"two days before Christmas, the day after Thanksgiving, a year after 1945, 99999 years before 1945, about a week after Monday's vote, for two weeks before Easter, after Aug. 1, the day before, day after 2016, P2D before",
		"the week before Christmas, the week after, nearly a month after July 4, Three days after Friday, they met. the June quarter, the May quarter, the week to Friday, the month ended Sept. 30, the year to date, a day later than planned, the middle of the next decade, the last minute, Prime Big Deal Days, Saturday, Nov. 7",
		"3:30 p.m. ET (1930 GMT), 10 a.m. Pacific time (, 6 p.m. Eastern on June 30, 4 p.m. BST Friday, 1:30 pm local time, the summit's scheduled Friday close, must have left by Monday, takes office on Monday, the weekend before Christmas, The weekend after Sunday, the weekend before 2016, a touchdown in the fourth quarter, left in the third quarter of 2015, 12.30pm, 7.45 am",
		"On its first day, the trial's first day, the end of the second day of talks, the first day of March, shortly after daybreak Saturday, the dawn Monday raid, the first Monday in October, the last Friday of June 2025, the 2nd Tuesday of Nov., from 7 p.m. Sunday until 7 a.m. Wednesday, between Thursday and Tuesday",
		"They met on Thursday and Friday last week; will meet Thursday or Friday; made Friday and Thursday; had agreed to resume talks on Monday; had expected a ruling in January; a bill to fund the government through Sept. 30; effective from Saturday; data for November; hosted by the Singaporean government on Tuesday; at 11 p.m. after talks began Monday and ran into Tuesday",
		"Under the plan, tuition would rise in the fall; it would often close in June, she recalled. Gusts may reach 50 mph overnight Monday. Margins in the quarter will narrow. since the new year, a 1-yard run in the fourth quarter, results are expected overnight",
		"Theresa May spoke. Critics of May said; Slaughter and May, between May and Juncker, in April and May, of May, and May, May. the slated visit of the secretary in September, the planned summit, in November",
		"signed on Monday. It was signed at 3 p.m., following talks last Friday. on Thursday, four months after the July 4 election. at 2:30 p.m. will meet on Wednesday. The ceremony will be at 10 a.m.",
		"in October. Earlier that week, that same day, that day. Officials met on Monday. That evening, later that night, that morning's, that afternoon",
		"every year in March, annually in May, twice a year, in spring and autumn, or, the first Monday of each month, on Monday in every mon, once a fortnight",
		"every other night, every other morning, every two nights, A decade ago, two centuries ago, a week ago, one week ago, a week earlier, a decade later",
		"the 2024-25 school year, the 1974-75 Flyers, in 1915-16, Its 2016/17 budget. In 2009 the rains came on May 23, and in 2023 it was delayed till June 8; in 2012 and 2013 in March. It has been paused until 4 December. in 2012",
		"seven days a week, 7 days per week, 24 hours a day, two weeks a week, five days in a row, days a week, 3 months a year",
		"which usually runs from June to September, always guides low in May, (usually) in summer, Usually: in March; typically",
		"for three months, starting on Thursday, for two weeks, beginning Monday, lasted a year, starting, for a day,starting from Friday",
		"the 1999-2000 period, in 1999-2000, the 1994-2000 period, the 1999-2000-01 period, 1999–2000 season, 2016/2017 season",
		"issued a red alert for Sunday, an orange alert till Tuesday, a watch until, warnings for, advisory for Sunday's, forecast till Aug. 30, alert for",
		"From Wednesday, ten platforms must remove. From Wednesday, shops can. From Monday,. From Monday, when it ended, must. From wed,",
		"on May 30 last year, March 4 this year, Feb. 1 next year, May 30, last year's, May 30 last years, May 30 last yea",
	} {
		f.Add(s, int64(17040))
	}
	tg := New()
	f.Fuzz(func(t *testing.T, text string, days int64) {
		anchor := time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(days%200000))
		ms := tg.Tag(text, anchor)
		end := 0
		for _, m := range ms {
			if m.Start < end || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("mention %q at [%d,%d) out of order or outside text of %d bytes", m.Text, m.Start, m.End, len(text))
			}
			if utf8.ValidString(text) && (!utf8.RuneStart(text[m.Start]) || m.End < len(text) && !utf8.RuneStart(text[m.End])) {
				t.Fatalf("mention %q splits a rune", m.Text)
			}
			if m.Text != text[m.Start:m.End] {
				t.Fatalf("mention text %q != span %q", m.Text, text[m.Start:m.End])
			}
			if m.Value.HasInterval() && m.Value.End.IsZero() || m.Value.Start.After(m.Value.End) {
				t.Fatalf("mention %q has interval [%v, %v]", m.Text, m.Value.Start, m.Value.End)
			}
			end = m.End
		}
		if again := tg.Tag(text, anchor); !reflect.DeepEqual(ms, again) {
			t.Fatalf("two runs differ")
		}
	})
}
