package render_test

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/eval"
	"github.com/timelinehq/timeline/render"
	"github.com/timelinehq/timeline/timeline"
)

// timemlText holds what XML must escape (&, <, >, quotes) and multibyte
// text around and inside its mentions.
const timemlText = "GENEVA — Kerry & Lavrov met <again> on Friday’s \"final\" day, after more than 5 years of war.\n\n" +
	"Talks stalled in late August; experts meet every Friday at 3 p.m. until <2017> & beyond."

// timemlMentions are mentions of timemlText against Fri. Aug. 26, 2016.
func timemlMentions() []dates.Mention {
	find := func(phrase, rule string, v dates.Value) dates.Mention {
		i := strings.Index(timemlText, phrase)
		return dates.Mention{Start: i, End: i + len(phrase), Text: phrase, Rule: rule, Value: v}
	}
	return []dates.Mention{
		find("Friday’s", "weekday", dayValue(2016, 8, 26)),
		find("more than 5 years", "duration", dates.Value{Type: dates.Duration, Value: "P5Y", Mod: dates.ModMoreThan}),
		find("late August", "month", interval("2016-08", dates.GrainMonth, dates.ModEnd, date(2016, 8, 21), date(2016, 8, 31))),
		find("every Friday at 3 p.m.", "set", dates.Value{Type: dates.Set, Value: "XXXX-WXX-5T15:00"}),
		find("<2017>", "year", interval("2017", dates.GrainYear, "", date(2017, 1, 1), date(2017, 12, 31))),
	}
}

func writeTimeML(t *testing.T, docID, text string, published time.Time, ms []dates.Mention) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := render.TimeML(&buf, docID, text, published, ms); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestTimeMLGolden(t *testing.T) {
	got := writeTimeML(t, `geneva & "friends"`, timemlText, date(2016, 8, 26), timemlMentions())
	checkGolden(t, "timeml_mentions.golden", got)
}

// timemlElement is a TIMEX3 element read back with encoding/xml.
type timemlElement struct {
	attrs      map[string]string
	start, end int // offsets of its text in the text content of <TEXT>
}

// readTimeML reads a TimeML document strictly with encoding/xml and returns
// the text content of <TEXT>, the DCT and the TIMEX3 elements in <TEXT>.
func readTimeML(t *testing.T, data []byte) (text string, dct map[string]string, timexes []timemlElement) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	var b strings.Builder
	var stack []string
	open := -1
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, data)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if len(stack) == 0 && tok.Name.Local != "TimeML" {
				t.Errorf("root element %s, want TimeML", tok.Name.Local)
			}
			if tok.Name.Local == "TIMEX3" {
				attrs := make(map[string]string)
				for _, a := range tok.Attr {
					attrs[a.Name.Local] = a.Value
				}
				switch stack[len(stack)-1] {
				case "DCT":
					dct = attrs
				case "TEXT":
					timexes = append(timexes, timemlElement{attrs: attrs, start: b.Len()})
					open = len(timexes) - 1
				default:
					t.Errorf("TIMEX3 inside %s", stack[len(stack)-1])
				}
			}
			stack = append(stack, tok.Name.Local)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
			if tok.Name.Local == "TIMEX3" && open >= 0 {
				timexes[open].end = b.Len()
				open = -1
			}
		case xml.CharData:
			if slices.Contains(stack, "TEXT") {
				b.Write(tok)
			}
		}
	}
	return b.String(), dct, timexes
}

// TestTimeMLWellFormed reads the document back with encoding/xml: the text
// content of <TEXT> is the text, and each TIMEX3 spans its mention with its
// tid, type, value and mod.
func TestTimeMLWellFormed(t *testing.T) {
	ms := timemlMentions()
	data := writeTimeML(t, `geneva & "friends"`, timemlText, date(2016, 8, 26), ms)
	if !bytes.HasPrefix(data, []byte("<?xml version=\"1.0\" ?>\n<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "+
		"xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n<DOCID>geneva &amp; \"friends\"</DOCID>\n")) {
		t.Errorf("unexpected document start:\n%s", data)
	}
	text, dct, timexes := readTimeML(t, data)
	if text != timemlText {
		t.Errorf("text content of <TEXT> = %q, want %q", text, timemlText)
	}
	wantDCT := map[string]string{"tid": "t0", "type": "DATE", "value": "2016-08-26",
		"temporalFunction": "false", "functionInDocument": "CREATION_TIME"}
	if fmt.Sprint(dct) != fmt.Sprint(wantDCT) {
		t.Errorf("DCT = %v, want %v", dct, wantDCT)
	}
	if len(timexes) != len(ms) {
		t.Fatalf("%d TIMEX3 in <TEXT>, want %d", len(timexes), len(ms))
	}
	for i, m := range ms {
		x := timexes[i]
		want := map[string]string{"tid": fmt.Sprintf("t%d", i+1), "type": string(m.Type), "value": m.Value.Value}
		if m.Mod != "" {
			want["mod"] = string(m.Mod)
		}
		if fmt.Sprint(x.attrs) != fmt.Sprint(want) {
			t.Errorf("TIMEX3 %d attributes %v, want %v", i+1, x.attrs, want)
		}
		if x.start != m.Start || x.end != m.End {
			t.Errorf("TIMEX3 %d spans %d:%d, want %d:%d", i+1, x.start, x.end, m.Start, m.End)
		}
	}
}

// TestTimeMLHardText checks characters XML cannot hold as they are: the
// document stays well-formed and every byte offset is kept.
func TestTimeMLHardText(t *testing.T) {
	const text = "a\x01b\x1f c\rd \ufffe\uffff ]]> e\tf\ng on Friday"
	want := "a b  c\rd \ufffd\ufffd ]]> e\tf\ng on Friday"
	fri := strings.Index(text, "Friday")
	ms := []dates.Mention{{Start: fri, End: fri + len("Friday"), Text: "Friday", Rule: "weekday", Value: dayValue(2016, 8, 26)}}
	data := writeTimeML(t, "a\x01<b>\xff", text, date(2016, 8, 26), ms)
	got, _, timexes := readTimeML(t, data)
	if got != want {
		t.Errorf("text content = %q, want %q", got, want)
	}
	if len(timexes) != 1 || timexes[0].start != fri {
		t.Errorf("TIMEX3 %+v, want one at %d", timexes, fri)
	}
	if !bytes.Contains(data, []byte("<DOCID>a &lt;b&gt;\uFFFD</DOCID>")) {
		t.Errorf("DOCID not escaped:\n%s", data)
	}
}

func TestTimeMLErrors(t *testing.T) {
	fri := date(2016, 8, 26)
	at := func(start, end int) dates.Mention {
		return dates.Mention{Start: start, End: end, Value: dayValue(2016, 8, 26)}
	}
	for _, tc := range []struct {
		name      string
		text      string
		published time.Time
		ms        []dates.Mention
	}{
		{"no publication date", "on Friday", time.Time{}, nil},
		{"invalid UTF-8", "on \xffFriday", fri, nil},
		{"overlap", "on Friday night", fri, []dates.Mention{at(3, 9), at(3, 15)}},
		{"out of order", "on Friday night", fri, []dates.Mention{at(10, 15), at(3, 9)}},
		{"past the end", "on Friday", fri, []dates.Mention{at(3, 10)}},
		{"negative", "on Friday", fri, []dates.Mention{at(-1, 9)}},
		{"empty", "on Friday", fri, []dates.Mention{at(3, 3)}},
		{"inside a rune", "on Fridé", fri, []dates.Mention{at(3, 8)}},
		{"no type", "on Friday", fri, []dates.Mention{{Start: 3, End: 9}}},
	} {
		var buf bytes.Buffer
		err := render.TimeML(&buf, "doc", tc.text, tc.published, tc.ms)
		if err == nil {
			t.Errorf("%s: no error", tc.name)
		}
		if buf.Len() > 0 {
			t.Errorf("%s: wrote %q despite the error", tc.name, buf.String())
		}
	}
}

// TestTimeMLEval writes the tagged seed article as TimeML and reads it with
// the reader of timeline eval: the text comes back byte for byte, each gold
// expression is the mention it was written from, and scoring the tagger on
// it gives 100%.
func TestTimeMLEval(t *testing.T) {
	const path = "../examples/geneva-2016/article.md"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := timeline.ReadDocument(path, data)
	if err != nil {
		t.Fatal(err)
	}
	ms := dates.New().TagDoc(doc.Text, doc.Published, dates.News)
	if len(ms) == 0 {
		t.Fatal("no mentions in the seed article")
	}
	tml := filepath.Join(t.TempDir(), "geneva.tml")
	if err := os.WriteFile(tml, writeTimeML(t, doc.ID, doc.Text, doc.Published, ms), 0o644); err != nil {
		t.Fatal(err)
	}

	gold, err := eval.ReadFile(tml)
	if err != nil {
		t.Fatal(err)
	}
	if gold.Text != doc.Text {
		t.Errorf("text read back differs:\n%s", firstDifferentLine(doc.Text, gold.Text))
	}
	if gold.ID != doc.ID || gold.Format != eval.TimeML || !gold.Anchor.Equal(doc.Published) {
		t.Errorf("read back ID %q, format %v, anchor %v; want %q, TimeML, %v", gold.ID, gold.Format, gold.Anchor, doc.ID, doc.Published)
	}
	if len(gold.Gold) != len(ms) {
		t.Fatalf("%d gold expressions, want the %d mentions", len(gold.Gold), len(ms))
	}
	for i, m := range ms {
		g := gold.Gold[i]
		if g.Start != m.Start || g.End != m.End || g.Text != m.Text || g.Type != string(m.Type) ||
			g.Value != m.Value.Value || g.Mod != string(m.Mod) {
			t.Errorf("gold %d = %+v, want the mention %+v", i+1, g, m)
		}
	}

	system := dates.New().TagDoc(gold.Text, gold.Anchor, dates.News)
	r := eval.Score([]*eval.Doc{gold}, [][]eval.Timex{eval.FromMentions(system)})
	for name, matches := range map[string]int{"strict": r.Strict, "relaxed": r.Relaxed, "type": r.Type, "value": r.Value} {
		if s := r.PRF(matches); s.P != 1 || s.R != 1 || s.F1 != 1 {
			t.Errorf("%s: P %.2f R %.2f F1 %.2f, want 100%%", name, 100*s.P, 100*s.R, 100*s.F1)
		}
	}
	if len(r.Mistakes) > 0 {
		t.Errorf("mistakes: %+v", r.Mistakes)
	}
}

// firstDifferentLine shows the first line where a and b differ.
func firstDifferentLine(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d:\n- %q\n+ %q", i+1, al[i], bl[i])
		}
	}
	return fmt.Sprintf("%d lines, then %d", len(al), len(bl))
}

func ExampleTimeML() {
	const text = "Talks resumed on Friday & stalled in late August, after more than 5 years."
	fri := time.Date(2016, time.August, 26, 0, 0, 0, 0, time.UTC)
	ms := []dates.Mention{
		{Start: 17, End: 23, Text: "Friday", Rule: "weekday",
			Value: dates.Value{Type: dates.Date, Value: "2016-08-26", Grain: dates.GrainDay, Start: fri, End: fri}},
		{Start: 37, End: 48, Text: "late August", Rule: "month",
			Value: dates.Value{Type: dates.Date, Value: "2016-08", Mod: dates.ModEnd, Grain: dates.GrainMonth,
				Start: fri.AddDate(0, 0, -5), End: fri.AddDate(0, 0, 5)}},
		{Start: 56, End: 73, Text: "more than 5 years", Rule: "duration",
			Value: dates.Value{Type: dates.Duration, Value: "P5Y", Mod: dates.ModMoreThan}},
	}
	if err := render.TimeML(os.Stdout, "geneva", text, fri, ms); err != nil {
		fmt.Println(err)
	}
	// Output:
	// <?xml version="1.0" ?>
	// <TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">
	// <DOCID>geneva</DOCID>
	// <DCT><TIMEX3 tid="t0" type="DATE" value="2016-08-26" temporalFunction="false" functionInDocument="CREATION_TIME">2016-08-26</TIMEX3></DCT>
	// <TEXT>Talks resumed on <TIMEX3 tid="t1" type="DATE" value="2016-08-26">Friday</TIMEX3> &amp; stalled in <TIMEX3 tid="t2" type="DATE" value="2016-08" mod="END">late August</TIMEX3>, after <TIMEX3 tid="t3" type="DURATION" value="P5Y" mod="MORE_THAN">more than 5 years</TIMEX3>.</TEXT>
	// </TimeML>
}
