package timeline

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"testing"
	"time"

	fastjson "github.com/segmentio/encoding/json"
)

// decodeRecord decodes lines with a fast decoder and falls back to
// encoding/json when it fails. Whatever the fast decoder accepts,
// encoding/json accepts too, as one value, and reads the same.
func FuzzPartialLineDecoders(f *testing.F) {
	for _, s := range []string{
		`{"partial":{"version":1}}`,
		`{"source":{"id":"talks","title":"Talks","published":"2016-08-26","path":"a.md","url":"","digest":"ab"}}`,
		`{"event":{"digest":"ab","when":{"value":"2016-08-26","type":"DATE","grain":"day","mod":"","start":"2016-08-26","end":"2016-08-26T15:00:59Z","future":false,"phrase":"Friday","rule":"weekday"},"text":"Kerry met Lavrov on Friday.","expected":false,"actors":[{"name":"Kerry","role":"","type":"person"}],"place":"Geneva","kind":{"name":"meeting","cameo":"044"},"source":{"doc":"talks","sentence":1,"start":0,"end":27},"citations":[{"doc":"talks","sentence":1,"start":0,"end":27,"quote":"Kerry met Lavrov on Friday."}]}}`,
		`{"skipped":{"path":"b.md","reason":"no publication date"}}`,
		`{"SOURCE":{"ID":"x","published":"2016-02-29"},"source":null}`,
		`{"source":{"id":"a\u00e9\ud83d\ude00\"\\/\b\f\n\r\t","published":"2016-02-29"}} {}`,
		"{\"source\":{\"id\":\"\xff\xfe\",\"published\":\"2016-02-29\"}}",
		`{"event":{"source":{"sentence":1e2,"start":-0,"end":1.0}}}`,
		`{"partial":{"version":1},"partial":{"version":2}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		var fast partialLine
		if fastjson.Unmarshal(line, &fast) != nil {
			return // encoding/json reads it, as before
		}
		var std partialLine
		dec := json.NewDecoder(bytes.NewReader(line))
		if err := dec.Decode(&std); err != nil {
			t.Fatalf("the fast decoder accepts %q, encoding/json says %v", line, err)
		}
		if dec.More() {
			t.Fatalf("the fast decoder accepts %q, which holds more than one value", line)
		}
		if !reflect.DeepEqual(fast, std) {
			t.Fatalf("%q: fast decoder %+v, encoding/json %+v", line, fast, std)
		}
	})
}

// parseDay parses what time.Parse(time.DateOnly, ...) parses, to the same
// time, and fails where it fails: on days of every month of leap and other
// years, and on near misses.
func TestParseDay(t *testing.T) {
	var days []string
	for _, y := range []int{0, 1, 1900, 1970, 2000, 2016, 2023, 2024, 2100, 9999} {
		for m := range 14 {
			for d := range 33 {
				days = append(days, fmt.Sprintf("%04d-%02d-%02d", y, m, d))
			}
		}
	}
	days = append(days, "", "2016-8-26", "2016-08-26T00:00:00Z", "2016/08/26", "20x6-08-26", "2016-0a-26", "+016-08-26", "2016-08-2", "-016-08-26", "2016-08-260")
	for _, s := range days {
		got, err := parseDay(s)
		want, werr := time.Parse(time.DateOnly, s)
		if got != want || (err == nil) != (werr == nil) || err != nil && err.Error() != werr.Error() {
			t.Errorf("parseDay(%q) = %v, %v; time.Parse gives %v, %v", s, got, err, want, werr)
		}
	}
}

// parseInstant reads the days before the year 1 that appendInstant
// writes (-0498-01-01 for Jan. 1, 499 BC), leap days included, and no
// day that does not exist.
func TestParseInstantBC(t *testing.T) {
	for _, d := range []time.Time{
		time.Date(-498, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(0, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(-4, 2, 29, 0, 0, 0, 0, time.UTC), time.Date(-400, 2, 29, 0, 0, 0, 0, time.UTC),
		time.Date(-9998, 1, 1, 0, 0, 0, 0, time.UTC),
	} {
		s := string(appendInstant(nil, d))
		got, err := parseInstant(s)
		if err != nil || !got.Equal(d) {
			t.Errorf("parseInstant(%q) = %v, %v; want %v", s, got, err, d)
		}
	}
	for _, s := range []string{"-0100-02-29", "-0498-13-01", "-498-01-01", "--0498-01-01"} {
		if got, err := parseInstant(s); err == nil {
			t.Errorf("parseInstant(%q) = %v, want an error", s, got)
		}
	}
}
