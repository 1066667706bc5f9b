package render

import (
	"bytes"
	"encoding/json"
	"math"
	"strconv"
	"testing"
	"time"

	"github.com/timelinehq/timeline/dates"
)

// TestAppendMentionsLine checks the hand-written line against
// encoding/json's, for awkward text and every kind of id.
func TestAppendMentionsLine(t *testing.T) {
	ms := []MentionRecord{
		{Start: 0, End: 6, Text: "Friday", Type: "DATE", Value: "2016-08-26", Grain: "day", Rule: "weekday"},
		{Start: 10, End: 30, Text: "\"quoted\" <b>&\t\u2028 \xff é", Type: "DURATION", Value: "P1W", Mod: "APPROX", Rule: "duration"},
	}
	for _, id := range []string{`"a1"`, `7`, `-1.5e3`, `null`, `true`, ``, `"<&>"`} {
		for _, list := range [][]MentionRecord{ms, {}} {
			got, ok := AppendMentionsLine(nil, []byte(id), list)
			if !ok {
				t.Fatalf("id %s: not written", id)
			}
			var raw json.RawMessage
			if id != "" {
				raw = json.RawMessage(id)
			}
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(struct {
				ID       json.RawMessage `json:"id"`
				Mentions []MentionRecord `json:"mentions"`
			}{raw, list}); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want.Bytes()) {
				t.Errorf("id %s:\n got %s\nwant %s", id, got, want.Bytes())
			}
		}
	}
	if b, ok := AppendMentionsLine([]byte("x"), []byte(`{"a": 1}`), ms); ok || string(b) != "x" {
		t.Errorf("an object id: got %q, %v; want it left to encoding/json", b, ok)
	}
}

// AppendDatesLine writes what AppendMentionsLine writes of the records
// Mentions makes, for mentions the tagger finds in awkward text.
func TestAppendDatesLine(t *testing.T) {
	text := "On Friday, \"late August\" <b>&</b>\t\u2028 \xff é, for two weeks, every day, at 3 p.m., last quarter, in the 1990s."
	ms := dates.New().Tag(text, time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC))
	if len(ms) < 5 {
		t.Fatalf("only %d mentions in %q", len(ms), text)
	}
	for _, id := range []string{`"a1"`, `7`, `null`, ``, `{"a": 1}`, `[1]`} {
		for _, list := range [][]dates.Mention{ms, nil} {
			want, wantOK := AppendMentionsLine([]byte("x"), []byte(id), Mentions(list))
			got, ok := AppendDatesLine([]byte("x"), []byte(id), list)
			if ok != wantOK || !bytes.Equal(got, want) {
				t.Errorf("id %s, %d mentions:\n got %v %s\nwant %v %s", id, len(list), ok, got, wantOK, want)
			}
		}
	}
}

// appendOffset writes what strconv.AppendInt writes, for every number of
// the quick path and on either side of its bounds.
func TestAppendOffset(t *testing.T) {
	ns := []int{-1, -10, 1000000, 1000001, 1e7, math.MaxInt, math.MinInt}
	for n := range 1000000 {
		ns = append(ns, n)
	}
	for _, n := range ns {
		want := strconv.AppendInt([]byte("x"), int64(n), 10)
		if got := appendOffset([]byte("x"), n); !bytes.Equal(got, want) {
			t.Errorf("appendOffset(%d) = %s, want %s", n, got, want)
		}
	}
}

// BenchmarkAppendDatesLine writes the line of a news paragraph's mentions;
// bytes are those of the line written.
func BenchmarkAppendDatesLine(b *testing.B) {
	text := "On Friday, officials said the talks, which began in late August, would last for two weeks. " +
		"The ministers met at 3 p.m. on Aug. 26, 2016, and again last quarter; in the 1990s they met every day."
	ms := dates.New().Tag(text, time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC))
	id := []byte(`"geneva-2016-08-26"`)
	line, _ := AppendDatesLine(nil, id, ms)
	b.SetBytes(int64(len(line)))
	for b.Loop() {
		line, _ = AppendDatesLine(line[:0], id, ms)
	}
}
