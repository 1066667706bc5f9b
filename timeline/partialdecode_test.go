package timeline

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/rogpeppe/go-internal/txtar"
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

// decodeRecordOracle is how decodeRecord read a line before lineDecoder:
// with segmentio's decoder, and encoding/json where that failed.
func decodeRecordOracle(line []byte, p *Partial) *PartialError {
	var l partialLine
	if fastjson.Unmarshal(line, &l) != nil {
		l = partialLine{}
		if err := decodeLineStd(line, &l); err != nil {
			return err
		}
	}
	return l.addTo(p, &eventMemory{})
}

// sameRecord fails t unless decodeRecord reads line as the oracle does:
// the same record, or the same error.
func sameRecord(t testing.TB, d *lineDecoder, line []byte) {
	t.Helper()
	var got, want Partial
	gerr := d.decodeRecord(line, &got)
	werr := decodeRecordOracle(line, &want)
	if !reflect.DeepEqual(gerr, werr) {
		t.Fatalf("%q: error %v, want %v", line, gerr, werr)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%q:\ngot  %+v\nwant %+v", line, got, want)
	}
}

// partialLines returns the records of the example articles' partial, and
// the lines of the partials of the CLI's tests, and of the partials named
// by $TIMELINE_PARTIALS (a list of paths: the partial of a large corpus).
func partialLines(t testing.TB) [][]byte {
	p := analyzeFiles(t, "../examples/geneva-2016/article*.md", "../testdata/multi/*.md")
	data := appendRecords(appendHeaderRecord(nil), p)
	scripts, err := filepath.Glob("../testdata/script/*.txtar")
	if err != nil || len(scripts) == 0 {
		t.Fatalf("no test scripts: %v", err)
	}
	for _, path := range scripts {
		ar, err := txtar.ParseFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range ar.Files {
			data = append(data, f.Data...)
		}
	}
	for _, path := range filepath.SplitList(os.Getenv("TIMELINE_PARTIALS")) {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		data = append(data, b...)
	}
	return bytes.Split(data, []byte("\n"))
}

// lineDecoder reads the partials' lines as the decoders before it did,
// one decoder reading them all in a row, as a batch does.
func TestLineDecoderPartials(t *testing.T) {
	var d lineDecoder
	events := 0
	for _, line := range partialLines(t) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if bytes.HasPrefix(line, []byte(`{"event"`)) {
			events++
		}
		sameRecord(t, &d, line)
	}
	if events == 0 {
		t.Fatal("no events in the partials")
	}
}

// lineDecoder reads every record that the writers write itself, leaving
// none to encoding/json.
func TestLineDecoderReadsRecords(t *testing.T) {
	p := analyzeFiles(t, "../examples/geneva-2016/article*.md", "../testdata/multi/*.md")
	p.Skipped = append(p.Skipped, SkippedDoc{Path: "a.md", Reason: `no "date"`})
	var d lineDecoder
	for _, line := range bytes.SplitAfter(appendRecords(appendHeaderRecord(nil), p), []byte("\n")) {
		if len(line) > 0 && !d.decode(line, &partialLine{}) {
			t.Errorf("lineDecoder leaves %s to encoding/json", line)
		}
	}
}

// eventRecord reads every event record that appendEventRecord writes,
// with no actor, one or several, leaving none to decode's reading by
// member.
func TestEventRecordReadsRecords(t *testing.T) {
	p := analyzeFiles(t, "../examples/geneva-2016/article*.md", "../testdata/multi/*.md")
	actors := map[int]bool{}
	var d lineDecoder
	for i := range p.Events {
		actors[min(2, len(p.Events[i].Actors))] = true
		line := appendEventRecord(nil, &p.Events[i])
		if !d.eventRecord(bytes.TrimSuffix(line, []byte("\n"))) {
			t.Errorf("eventRecord leaves %s to decode's reading by member", line)
		}
	}
	if len(actors) != 3 {
		t.Errorf("events with 0, 1 and 2 or more actors: have %v", actors)
	}
}

// An event record in another layout than appendEventRecord's (members in
// another order, white space, an escaped name, a null, two citations, a
// record cut short) is read as the decoders before lineDecoder read it,
// and eventRecord leaves it to decode's reading by member.
func TestEventRecordOtherLayouts(t *testing.T) {
	const laid = `{"event":{"digest":"ab","when":{"value":"2016-08-26","type":"DATE","grain":"day","mod":"","start":"2016-08-26","end":"2016-08-26","future":false,"phrase":"Friday","rule":"weekday"},"text":"Kerry met Lavrov.","expected":false,"actors":[{"name":"Kerry","role":"","type":"person"},{"name":"Lavrov","role":"","type":"person"}],"place":"Geneva","kind":{"name":"meeting","cameo":"044"},"source":{"doc":"d","sentence":1,"start":0,"end":17},"citations":[{"doc":"d","sentence":1,"start":0,"end":17,"quote":"Kerry met Lavrov."}]}}`
	var d lineDecoder
	if !d.eventRecord([]byte(laid)) {
		t.Fatalf("eventRecord leaves %s", laid)
	}
	sameRecord(t, &d, []byte(laid))
	for _, other := range []string{
		strings.Replace(laid, `"expected":false,"actors"`, `"actors"`, 1), // no "expected"
		strings.Replace(laid, `"text":"Kerry met Lavrov.","expected":false`, `"expected":false,"text":"Kerry met Lavrov."`, 1),
		strings.Replace(laid, `{"digest":`, `{ "digest":`, 1),
		strings.Replace(laid, `"place":`, `"pl\u0061ce":`, 1),
		strings.Replace(laid, `"place":"Geneva"`, `"place":null`, 1),
		strings.Replace(laid, `"quote":"Kerry met Lavrov."`, `"quote":"Kerry met Lavrov."},{"doc":"d","sentence":1,"start":0,"end":17`, 1),
		strings.Replace(laid, `"role":"",`, ``, 1),
		strings.Replace(laid, `,"quote":"Kerry met Lavrov."`, ``, 1),
		strings.Replace(laid, `"actors":[{`, `"actors":[,{`, 1),
		strings.Replace(laid, `"grain":"day"`, `"grain":"days"`, 1),
		laid + ` {}`,
		laid[:len(laid)-2],
	} {
		if d.eventRecord([]byte(other)) {
			t.Errorf("eventRecord reads %s", other)
		}
		sameRecord(t, &d, []byte(other))
	}
}

// lineDecoder reads each line as the decoders before it did, records and
// errors alike; a damaged line is reported by ReadJSONL as the line of its
// stream it is.
func FuzzLineDecoder(f *testing.F) {
	for _, s := range []string{
		`{"partial":{"version":1}}`,
		`{"source":{"id":"talks","title":"Talks","published":"2016-08-26","path":"a.md","url":"","digest":"ab"}}`,
		`{"event":{"digest":"ab","when":{"value":"2016-08-26","type":"DATE","grain":"day","mod":"","start":"2016-08-26","end":"2016-08-26T15:00:59Z","future":false,"phrase":"Friday","rule":"weekday"},"text":"Kerry met Lavrov on Friday.","expected":false,"actors":[{"name":"Kerry","role":"","type":"person"}],"place":"Geneva","kind":{"name":"meeting","cameo":"044"},"source":{"doc":"talks","sentence":1,"start":0,"end":27},"citations":[{"doc":"talks","sentence":1,"start":0,"end":27,"quote":"Kerry met Lavrov on Friday."}]}}`,
		`{"event":{"digest":"ab","when":{"value":"2016","type":"DATE","grain":"year","mod":"","start":"2016-01-01","end":"2016-12-31","future":true,"phrase":"2016","rule":"year"},"text":"\"Q\" é","expected":true,"actors":[{"name":"Kerry","role":"","type":"person"},{"name":"Lavrov","role":"minister","type":"person"}],"place":"","kind":{"name":"other","cameo":""},"source":{"doc":"talks","sentence":3,"start":9,"end":14},"citations":[{"doc":"talks","sentence":3,"start":9,"end":14,"quote":"\"Q\" é"}]}}`,
		`{"event":{"digest":"ab","when":{"grain":"week"},"text":"\"Q\" \u00e9","actors":[],"source":{"doc":"d","sentence":2,"start":-0,"end":3},"citations":[{"doc":"d","sentence":2,"start":0,"end":3}]}}`,
		`{"event":{"digest":"ab","when":{"grain":"days"},"source":{"doc":"d"},"citations":[{"doc":"d","quote":null}]}}`,
		`{"event":{"source":{"doc":"d","end":99999999999999999999},"citations":[{"doc":"d","end":1e2}],"actors":null}}`,
		`{"skipped":{"path":"b.md","reason":"no publication date"}}`,
		`{"skipped":{"path":"b.md","Reason":"x","extra":[1,{"a":null}]}}`,
		`{"SOURCE":{"ID":"x","published":"2016-02-29"},"source":null}`,
		`{"source":{"id":"a\u00e9\ud83d\ude00\"\\/\b\f\n\r\t","published":"2016-02-29"}} {}`,
		"{\"source\":{\"id\":\"\xff\xfe\",\"published\":\"2016-02-29\"}}",
		`{"source":{"id":"x","published":"2016-02-30"}}`,
		`{"source":{"id":"","published":"2016-02-29"}}`,
		`{"source":{"id":"x","id":"y","published":"2016-02-29"}}`,
		`{"event":{"when":{"future":true},"when":{"value":"v"}}}`,
		`{"partial":{"version":1},"partial":{"version":2}}`,
		`{"partial":{"version":1}`, `{"partial":{"version":01}}`, `{"partial" : { "version" : 1 } }	`, `[]`, `{}`, `null`, `"x"`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		line = bytes.TrimRight(line, "\r\n")
		if bytes.ContainsAny(line, "\n") || len(bytes.TrimSpace(line)) == 0 {
			return // ReadJSONL reads lines, and skips blank ones
		}
		var d lineDecoder
		sameRecord(t, &d, line)
		sameRecord(t, &d, line) // again, with the strings of the first
		werr := decodeRecordOracle(line, &Partial{})
		var p Partial
		err := p.ReadJSONL("in.jsonl", bytes.NewReader(append([]byte("{\"partial\":{\"version\":1}}\n"), line...)))
		var perr *PartialError
		switch {
		case werr == nil && err != nil:
			t.Fatalf("%q: ReadJSONL says %v, want no error", line, err)
		case werr != nil:
			if !errors.As(err, &perr) || perr.Path != "in.jsonl" || perr.Line != 2 || perr.Msg != werr.Msg {
				t.Fatalf("%q: ReadJSONL says %v, want in.jsonl:2: %s", line, err, werr.Msg)
			}
		}
	})
}

// BenchmarkLineDecoder decodes the records of the example articles'
// partial; BenchmarkLineDecoderOracle as decodeRecord did before.
func BenchmarkLineDecoder(b *testing.B) {
	lines := partialLines(b)
	var d lineDecoder
	benchmarkDecode(b, lines, d.decodeRecord)
}

func BenchmarkLineDecoderOracle(b *testing.B) {
	benchmarkDecode(b, partialLines(b), decodeRecordOracle)
}

func benchmarkDecode(b *testing.B, lines [][]byte, decode func([]byte, *Partial) *PartialError) {
	var recs [][]byte
	size := 0
	for _, l := range lines {
		if bytes.HasPrefix(l, []byte(`{"event"`)) || bytes.HasPrefix(l, []byte(`{"source"`)) {
			recs = append(recs, l)
			size += len(l) + 1
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var p Partial
	for b.Loop() {
		p = Partial{Events: p.Events[:0], Sources: p.Sources[:0]}
		for _, l := range recs {
			if err := decode(l, &p); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// readJSONLOracle is how ReadJSONL read a partial before it cut it into
// chunks: line by line (decoded in order here), lines longer than max
// bytes with their newline being errors.
func (p *Partial) readJSONLOracle(name string, r io.Reader, max int) error {
	br := bufio.NewReaderSize(r, 64<<10)
	var buf []byte
	for n := 1; ; n++ {
		line, _, tooLong, err := readLine(br, &buf, max)
		if err != nil && err != io.EOF {
			return &PartialError{Path: name, Line: n, Msg: "cannot read", Err: err}
		}
		if err == io.EOF && line == nil {
			return nil
		}
		if tooLong {
			return &PartialError{Path: name, Line: n, Msg: fmt.Sprintf("line longer than %d MiB", max>>20)}
		}
		if len(bytes.TrimSpace(line)) > 0 {
			if perr := decodeRecordOracle(line, p); perr != nil {
				perr.Path, perr.Line = name, n
				return perr
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// failingReader reads data, then fails.
type failingReader struct{ data []byte }

func (r *failingReader) Read(b []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, errors.New("disk on fire")
	}
	n := copy(b, r.data)
	r.data = r.data[n:]
	return n, nil
}

// sameRead fails t unless readJSONL, with chunks of about size bytes,
// reads in as readJSONLOracle does: the same records and error.
func sameRead(t *testing.T, in []byte, size, max int, fail bool) {
	t.Helper()
	reader := func() io.Reader {
		if fail {
			return &failingReader{data: in}
		}
		return bytes.NewReader(in)
	}
	var got, want Partial
	gerr := got.readJSONL("in", reader(), size, max)
	werr := want.readJSONLOracle("in", reader(), max)
	if !reflect.DeepEqual(gerr, werr) {
		t.Fatalf("chunks of %d, lines of %d: error %v, want %v", size, max, gerr, werr)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("chunks of %d, lines of %d: %d sources, %d events, %d skipped; want %d, %d, %d",
			size, max, len(got.Sources), len(got.Events), len(got.Skipped), len(want.Sources), len(want.Events), len(want.Skipped))
	}
	// Partials keep the chunks' events apart, and hold the same records.
	var ps Partials
	if perr := ps.readJSONL("in", reader(), size, max); !reflect.DeepEqual(perr, werr) {
		t.Fatalf("chunks of %d, lines of %d: Partials: error %v, want %v", size, max, perr, werr)
	}
	if pp := ps.Partial(); !reflect.DeepEqual(*pp, want) {
		t.Fatalf("chunks of %d, lines of %d: Partials: %d sources, %d events, %d skipped; want %d, %d, %d",
			size, max, len(pp.Sources), len(pp.Events), len(pp.Skipped), len(want.Sources), len(want.Events), len(want.Skipped))
	}
}

// ReadJSONL reads a partial cut into chunks of any size as it read it line
// by line: the same records, in order, and the same first error, at the
// same line, whether a bad record, a line too long or a failing reader.
func TestReadJSONLChunks(t *testing.T) {
	p := analyzeFiles(t, "../examples/geneva-2016/article*.md", "../testdata/multi/*.md")
	p.Skipped = append(p.Skipped, SkippedDoc{Path: "a.md", Reason: `no "date"`})
	good := appendRecords(appendHeaderRecord(nil), p)
	lines := bytes.SplitAfter(good, []byte("\n"))
	longest := 0
	for _, l := range lines {
		longest = max(longest, len(l))
	}
	withLine := func(i int, line string) []byte {
		return slices.Concat(bytes.Join(lines[:i], nil), []byte(line), bytes.Join(lines[i:], nil))
	}
	inputs := map[string][]byte{
		"good":            good,
		"no last newline": bytes.TrimSuffix(good, []byte("\n")),
		"crlf, blanks":    bytes.ReplaceAll(good, []byte("\n"), []byte("\r\n \n\t\n")),
		"bad first":       withLine(0, "{\n"),
		"bad middle":      withLine(len(lines)/2, `{"event":{}}`+"\n"),
		"bad last":        append(slices.Clone(good), `{"source":1}`...),
		"empty":           nil,
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			for _, size := range []int{1, 7, 100, 4096, 1 << 20} {
				for _, max := range []int{longest, longest - 1, longest + 1, 200, MaxJSONLine} {
					sameRead(t, in, size, max, false)
					sameRead(t, in, size, max, true)
				}
			}
		})
	}
}

// ReadJSONL reads any stream, cut into chunks of any size, as it read it
// line by line.
func FuzzReadJSONLChunks(f *testing.F) {
	f.Add([]byte("{\"partial\":{\"version\":1}}\n\n{\"skipped\":{\"path\":\"a\",\"reason\":\"b\"}}\r\n{"), uint16(5), uint16(30), false)
	f.Add([]byte("{\"source\":{\"id\":\"a\",\"published\":\"2016-08-26\"}}\n{\"event\":{}}\n"), uint16(1), uint16(1000), true)
	f.Fuzz(func(t *testing.T, in []byte, size, max uint16, fail bool) {
		sameRead(t, in, int(size)+1, int(max)+1, fail)
	})
}

// BenchmarkReadJSONL reads the partial of the example articles, 50 times
// over, as merge reads a partial: in chunks, on GOMAXPROCS goroutines.
func BenchmarkReadJSONL(b *testing.B) {
	p := analyzeFiles(b, "../examples/geneva-2016/article*.md", "../testdata/multi/*.md")
	in := bytes.Repeat(appendRecords(nil, p), 50)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		var q Partial
		if err := q.ReadJSONL("in", bytes.NewReader(in)); err != nil {
			b.Fatal(err)
		}
	}
}

// Events decoded in a row share the values that repeat from one to the
// next (type, kind, CAMEO, rule, actors' types) rather than a copy each,
// and a value that changes is read as it is; the line's buffer, written
// over afterwards, changes nothing in the events read from it.
func TestEventRecordSharesRepeats(t *testing.T) {
	const first = `{"event":{"digest":"ab","when":{"value":"2016-08-26","type":"DATE","grain":"day","mod":"","start":"2016-08-26","end":"2016-08-27","future":false,"phrase":"Friday","rule":"weekday"},"text":"Kerry met Lavrov.","expected":false,"actors":[{"name":"Kerry","role":"","type":"person"}],"place":"Geneva","kind":{"name":"meeting","cameo":"044"},"source":{"doc":"d","sentence":1,"start":0,"end":17},"citations":[{"doc":"d","sentence":1,"start":0,"end":17,"quote":"Kerry met Lavrov."}]}}`
	second := strings.NewReplacer(`"sentence":1`, `"sentence":2`, `"weekday"`, `"month"`).Replace(first)
	var d lineDecoder
	var p Partial
	for _, line := range []string{first, second} {
		buf := []byte(line)
		if err := d.decodeRecord(buf, &p); err != nil {
			t.Fatal(err)
		}
		clear(buf) // as the next chunk writes over the buffer
	}
	a, b := &p.Events[0], &p.Events[1]
	for _, pair := range [][2]string{{a.Kind.Name, b.Kind.Name}, {a.Kind.CAMEO, b.Kind.CAMEO}, {string(a.When.Type), string(b.When.Type)}, {a.Actors[0].Type, b.Actors[0].Type}} {
		if pair[0] != pair[1] {
			t.Errorf("%q then %q, want the same", pair[0], pair[1])
		}
	}
	if unsafe.StringData(a.Kind.Name) != unsafe.StringData(b.Kind.Name) || unsafe.StringData(a.Actors[0].Type) != unsafe.StringData(b.Actors[0].Type) {
		t.Error("the second event's kind or actor type is a copy of the first's")
	}
	if a.When.Rule != "weekday" || b.When.Rule != "month" {
		t.Errorf("rules %q, %q, want weekday, month", a.When.Rule, b.When.Rule)
	}
	if want := time.Date(2016, 8, 27, 0, 0, 0, 0, time.UTC); !b.When.End.Equal(want) || !b.When.Start.Equal(want.AddDate(0, 0, -1)) {
		t.Errorf("second event's interval %v..%v, want 2016-08-26..27", b.When.Start, b.When.End)
	}
}
