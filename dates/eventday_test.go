package dates

import (
	"testing"
	"time"
)

// TestEventDay checks the day of an event ("its first day", "the final
// day of the trial"): the day named nearest it, in news on the side of the
// publication date its tense tells of, left alone when the story named no
// day; never a day of the calendar, a length or a word's part.
func TestEventDay(t *testing.T) {
	anchor := time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC) // a Friday
	tests := []struct {
		text   string
		doc    DocType
		phrase string // the event's day, "" when none may be read
		want   string
	}{
		{"The strike began on Monday. On its first day, pickets closed 40 plants.", News, "its first day", "2016-08-22"},
		{"The strike entered its first day on Monday.", News, "its first day", "2016-08-22"},
		{"The trial opened on Monday. The first day of the trial was marked by protests.", News, "The first day", "2016-08-22"},
		{"The trial opened on Monday, and the trial's first day was calm.", News, "first day", "2016-08-22"},
		{"The summit opens on Monday. Its first day will focus on Ukraine.", News, "Its first day", "2016-08-29"},
		{"Talks began on Monday; by the end of the first day, no deal was in sight.", News, "the end of the first day", "2016-08-22"},
		{"Workers walked out at 12:01 a.m. Friday, the first strike since 1977. On its first day, the strike halted 45,000 containers.", News, "its first day", "2016-08-26"},
		{"Workers walked out at 12:01 a.m. Friday. On its first day, the strike halted 45,000 containers.", News, "its first day", "2016-08-26"},
		{"Today is the eighth day of the operation.", News, "the eighth day", "2016-08-26"},
		{"It's the second day of an offensive by the army.", News, "the second day", "2016-08-26"},
		{"The vote was on Monday. This is the eighth day of the strike.", News, "the eighth day", "2016-08-26"},
		{"On its first day, the strike closed 40 plants.", News, "", ""},
		{"Its first day is not over.", News, "", ""},
		{"On Monday, he vowed that he would act on his first day in office.", News, "", ""},
		{"On Friday, he vowed that he would act on his first day in office.", News, "", ""},
		{"He was sworn in on Friday and met donors on his first day in office.", News, "his first day", "2016-08-26"},
		{"Lawyers met on Monday and emerged from their third day-long meeting.", News, "", ""},
		{"The vote was on Monday. The first day of March was cold.", News, "", ""},
		{"The vote was on Monday. The first day of spring is near.", News, "", ""},
		{"The vote was on Monday. Prices rose in the last day.", News, "", ""},
		{"It ended on Monday, at the eleventh hour of the eleventh day of the eleventh month.", News, "", ""},
		// a narrative tells its events in the period under discussion
		{"The battle began on 1 July 1916, the first day of the Battle of the Somme.", Narrative, "the first day", "1916-07-01"},
		{"In August 480 BC the fleets met. On the final day of the battle, the Allies sallied forth.", Narrative, "the final day", "BC0480-08"},
	}
	for _, tt := range tests {
		var got []Mention
		for _, m := range New().TagDoc(tt.text, anchor, tt.doc) {
			if m.Rule == "event_day" {
				got = append(got, m)
			}
		}
		switch {
		case tt.phrase == "" && len(got) > 0:
			t.Errorf("%q: got %q = %s, want no event's day", tt.text, got[0].Text, got[0].Value.Value)
		case tt.phrase != "" && (len(got) != 1 || got[0].Text != tt.phrase || got[0].Value.Value != tt.want):
			t.Errorf("%q: got %+v, want %q = %s", tt.text, got, tt.phrase, tt.want)
		}
	}
}
