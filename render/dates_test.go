package render_test

import (
	"bytes"
	"testing"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/render"
)

const mentionText = "GENEVA — Secretary of State John Kerry met Sergey Lavrov on Friday, " +
	"after more than 5 years of war. Talks stalled in late August; experts meet every Friday."

// sampleMentions are mentions of mentionText as the dates package would
// find them against an anchor of Fri. Aug. 26, 2016.
func sampleMentions() []dates.Mention {
	find := func(phrase, rule string, v dates.Value) dates.Mention {
		i := bytes.Index([]byte(mentionText), []byte(phrase))
		return dates.Mention{Start: i, End: i + len(phrase), Text: phrase, Rule: rule, Value: v}
	}
	return []dates.Mention{
		find("on Friday", "weekday", dayValue(2016, 8, 26)),
		find("more than 5 years", "duration", dates.Value{Type: dates.Duration, Value: "P5Y", Mod: dates.ModMoreThan}),
		find("late August", "month_mod", interval("2016-08", dates.GrainMonth, dates.ModEnd, date(2016, 8, 1), date(2016, 8, 31))),
		find("every Friday", "set_weekday", dates.Value{Type: dates.Set, Value: "XXXX-WXX-5"}),
	}
}

func TestDatesGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := render.DatesJSON(&buf, date(2016, 8, 26), sampleMentions()); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "mentions.json.golden", buf.Bytes())

	buf.Reset()
	if err := render.DatesText(&buf, mentionText, sampleMentions()); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "mentions.txt.golden", buf.Bytes())
}

func TestDatesEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := render.DatesJSON(&buf, date(2016, 8, 26), nil); err != nil {
		t.Fatal(err)
	}
	const want = "{\n  \"published\": \"2016-08-26\",\n  \"mentions\": []\n}\n"
	if buf.String() != want {
		t.Errorf("DatesJSON with no mentions = %q, want %q", buf.String(), want)
	}
	if rs := render.Mentions(nil); rs == nil || len(rs) != 0 {
		t.Errorf("Mentions(nil) = %#v, want an empty slice", rs)
	}
	buf.Reset()
	if err := render.DatesText(&buf, "", nil); err != nil || buf.Len() != 0 {
		t.Errorf("DatesText with no mentions wrote %q, %v", buf.String(), err)
	}
}

// TestDatesTextBadSpan shows the mention's own text when its span does not
// fit the text.
func TestDatesTextBadSpan(t *testing.T) {
	var buf bytes.Buffer
	m := dates.Mention{Start: 5, End: 50, Text: "Friday", Rule: "weekday", Value: dayValue(2016, 8, 26)}
	if err := render.DatesText(&buf, "short", []dates.Mention{m}); err != nil {
		t.Fatal(err)
	}
	const want = "5:50  DATE  2016-08-26  -  day  weekday  \"Friday\"\n"
	if buf.String() != want {
		t.Errorf("DatesText = %q, want %q", buf.String(), want)
	}
}
