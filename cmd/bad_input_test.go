package cmd

// Bad input, determinism and injection: the rows of the README's "Bad input"
// table whose inputs a test script cannot hold (NUL bytes, invalid UTF-8,
// UTF-16, CRLF, 100 MB, unreadable files) or whose checks need a parser.
// The others are testdata/script/bad_*.txtar.

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/yuin/goldmark"
	gast "github.com/yuin/goldmark/ast"
	gtext "github.com/yuin/goldmark/text"
	"golang.org/x/net/html"

	"github.com/timelinehq/timeline/schema"
)

// cliResult is what one run of the command printed, and its exit code.
type cliResult struct {
	code           int
	stdout, stderr string
}

// runCLI runs timeline in-process with args and stdin, and fails t if the run
// printed a Go stack trace or a panic, which the user must never see.
func runCLI(t *testing.T, stdin string, args ...string) cliResult {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := Run(args, strings.NewReader(stdin), &stdout, &stderr)
	r := cliResult{code, stdout.String(), stderr.String()}
	for _, s := range []string{r.stdout, r.stderr} {
		if strings.Contains(s, "goroutine ") || strings.Contains(s, "panic:") || strings.Contains(s, "internal error") {
			t.Errorf("timeline %s: printed a crash:\n%s", strings.Join(args, " "), abbrev(s))
		}
	}
	return r
}

// check fails t unless r has the exit code and a stderr line matching each
// of stderr (regular expressions).
func (r cliResult) check(t *testing.T, code int, stderr ...string) {
	t.Helper()
	if r.code != code {
		t.Errorf("exit code %d, want %d; stderr:\n%s", r.code, code, r.stderr)
	}
	for _, re := range stderr {
		if !regexp.MustCompile("(?m)" + re).MatchString(r.stderr) {
			t.Errorf("stderr does not match %s:\n%s", re, r.stderr)
		}
	}
}

// inTempDir makes a temporary directory the working directory of t and
// writes files (name to content) in it.
func inTempDir(t *testing.T, files map[string][]byte) string {
	t.Helper()
	dir := t.TempDir()
	t.Chdir(dir)
	for name, data := range files {
		if err := os.MkdirAll(filepath.Dir(name), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, data, 0o666); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const goodArticle = "---\ntitle: Kerry meets Putin\npublished: 2016-08-26\n---\n\nKerry met Putin in Moscow last month.\n"

// TestBadEncodings: files that are not UTF-8 text are named with what is
// wrong and what to do; dates fails on them (exit 1), build skips them
// (exit 1 when nothing else is left, 3 beside a good article).
func TestBadEncodings(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01")
	for _, tc := range []struct {
		name string
		data []byte
		line int    // the line the message names, if any
		msg  string // the reason (a regular expression)
	}{
		{
			name: "latin1.txt", data: []byte("---\npublished: 2016-08-26\n---\nTalks in Gen\xe8ve resumed last month."),
			line: 4, msg: `invalid UTF-8 at byte 42: save the file as UTF-8`,
		},
		{
			name: "binary.txt", data: []byte("Kerry met\x00Putin last month.\x00\x01\x02"),
			msg: `binary file \(NUL byte at byte 9\), not an article: give a text, Markdown or HTML file in UTF-8`,
		},
		{
			name: "image.png.txt", data: png,
			msg: `binary file \(NUL byte at byte 8\), not an article: give a text, Markdown or HTML file in UTF-8`,
		},
		{
			name: "utf16le.txt", data: utf16LE("\ufeff---\npublished: 2016-08-26\n---\nKerry met Putin last month.\n"),
			msg: `UTF-16 text: convert the file to UTF-8, e.g. iconv -f UTF-16 -t UTF-8`,
		},
		{
			name: "utf16be.txt", data: utf16BE("\ufeffKerry met Putin last month.\n"),
			msg: `UTF-16 text: convert the file to UTF-8, e.g. iconv -f UTF-16 -t UTF-8`,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			inTempDir(t, map[string][]byte{tc.name: tc.data, "article.md": []byte(goodArticle)})
			// dates says "NAME:LINE: reason", build "skipped NAME: line LINE: reason".
			name, datesMsg, buildMsg := regexp.QuoteMeta(tc.name), ": "+tc.msg, tc.msg
			if tc.line > 0 {
				datesMsg = fmt.Sprintf(":%d: %s", tc.line, tc.msg)
				buildMsg = fmt.Sprintf("line %d: %s", tc.line, tc.msg)
			}
			r := runCLI(t, "", "dates", "--published", "2016-08-26", tc.name)
			r.check(t, exitError, `^timeline: `+name+datesMsg+`$`)
			if r.stdout != "" {
				t.Errorf("dates wrote %q", abbrev(r.stdout))
			}
			r = runCLI(t, "", "build", "--published", "2016-08-26", tc.name)
			r.check(t, exitError, `^timeline: skipped `+name+`: `+buildMsg+`$`,
				`^timeline: no input could be used; nothing was written$`)
			r = runCLI(t, "", "build", tc.name, "article.md")
			r.check(t, exitPartial, `^timeline: skipped `+name+`: `+buildMsg+`$`)
			if !strings.Contains(r.stdout, "Kerry met Putin in Moscow last month.") {
				t.Errorf("build left out the good article:\n%s", r.stdout)
			}
		})
	}
}

// TestEmptyMessages: an empty file, or one of white space, says what to do.
func TestEmptyMessages(t *testing.T) {
	inTempDir(t, map[string][]byte{"empty.txt": nil, "blank.txt": []byte(" \n\t\r\n ")})
	runCLI(t, "", "dates", "--published", "2016-08-26", "empty.txt").check(t, exitError,
		`^timeline: empty\.txt: empty file: add the article text, or leave the file out$`)
	runCLI(t, "", "build", "--published", "2016-08-26", "blank.txt").check(t, exitError,
		`^timeline: skipped blank\.txt: no text, only white space: add the article text, or leave the file out$`)
}

func utf16LE(s string) []byte {
	var b []byte
	for _, r := range s { // the test strings are in the BMP
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

func utf16BE(s string) []byte {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r>>8), byte(r))
	}
	return b
}

// TestLineEnds: CRLF (Windows) and CR (old Mac) line ends and a UTF-8 byte
// order mark give exactly the output of the same file with LF and no mark.
func TestLineEnds(t *testing.T) {
	const lf = "---\ntitle: Talks in Geneva\npublished: 2016-08-26\n---\n\nKerry met Putin in Moscow last month.\n\n" +
		"The talks began on Friday. Experts will stay in Geneva in the coming days.\nThey will meet again next week.\n"
	variants := map[string]string{
		"crlf":     strings.ReplaceAll(lf, "\n", "\r\n"),
		"cr":       strings.ReplaceAll(lf, "\n", "\r"),
		"bom":      "\ufeff" + lf,
		"bom+crlf": "\ufeff" + strings.ReplaceAll(lf, "\n", "\r\n"),
	}
	commands := [][]string{
		{"dates", "article.md"},
		{"dates", "--format", "json", "article.md"},
		{"dates", "--format", "timeml", "article.md"},
		{"build", "article.md"},
		{"build", "--format", "json", "article.md"},
		{"build", "--format", "csv", "article.md"},
	}
	outputs := func(t *testing.T, data string) []string {
		inTempDir(t, map[string][]byte{"article.md": []byte(data)})
		var outs []string
		for _, args := range commands {
			r := runCLI(t, "", args...)
			r.check(t, exitOK)
			outs = append(outs, r.stdout)
		}
		return outs
	}
	var want []string
	t.Run("lf", func(t *testing.T) { want = outputs(t, lf) })
	if !strings.Contains(want[0], `"last month"`) || !strings.Contains(want[0], `"Friday"`) {
		t.Fatalf("the LF article has not the expected dates:\n%s", want[0])
	}
	for name, data := range variants {
		t.Run(name, func(t *testing.T) {
			for i, got := range outputs(t, data) {
				if got != want[i] {
					t.Errorf("timeline %s: output differs from LF's:\n%s\nwant:\n%s", strings.Join(commands[i], " "), got, want[i])
				}
			}
		})
	}
}

// TestUnreadable: a file that cannot be read is named with the reason; the
// rest of its folder is read.
func TestUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root, which reads a chmod 000 file; bad_input.txtar covers an unreadable file with a dangling link")
	}
	inTempDir(t, map[string][]byte{"dir/a.md": []byte(goodArticle), "dir/secret.md": []byte(goodArticle), "dir/sub/b.md": []byte(goodArticle)})
	if err := os.Chmod("dir/secret.md", 0); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod("dir/sub", 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod("dir/sub", 0o777) })
	r := runCLI(t, "", "build", "dir")
	r.check(t, exitPartial, `^timeline: skipped dir/secret\.md: permission denied$`, `^timeline: skipped dir/sub: permission denied$`)
	if !strings.Contains(r.stdout, "Kerry met Putin in Moscow last month.") {
		t.Errorf("build left out the readable article:\n%s", r.stdout)
	}
	runCLI(t, "", "dates", "dir/secret.md").check(t, exitError, `^timeline: open dir/secret\.md: permission denied$`)

	// A read-only folder for -o: no file, no temporary file.
	if err := os.Mkdir("ro", 0o555); err != nil {
		t.Fatal(err)
	}
	runCLI(t, "", "build", "-o", "ro/out.md", "dir/a.md").check(t, exitError, `^timeline: cannot write ro/out\.md: permission denied$`)
	if entries, _ := os.ReadDir("ro"); len(entries) > 0 {
		t.Errorf("ro holds %v", entries)
	}
}

// failWriter fails every write, as a full disk does.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// TestStdoutFails: a failed write to standard output is an error (exit 1)
// that says so.
func TestStdoutFails(t *testing.T) {
	inTempDir(t, map[string][]byte{"article.md": []byte(goodArticle)})
	for _, args := range [][]string{{"build", "article.md"}, {"dates", "article.md"}} {
		var stderr bytes.Buffer
		code := Run(args, strings.NewReader(""), failWriter{}, &stderr)
		r := cliResult{code: code, stderr: stderr.String()}
		r.check(t, exitError, `^timeline: cannot write standard output: no space left on device$`)
	}
}

// TestHugeLine: a 100 MB file of one line, an article's text over and over,
// is read whole and every date in it found; and so is a 16 MB line that is
// one sentence. That the time grows only in proportion to the size is
// measured, not tested here (a timed test fails on a busy machine):
// bench/scale.sh times single documents of 10 and 50 MB.
func TestHugeLine(t *testing.T) {
	if testing.Short() {
		t.Skip("a 100 MB input; skipped with -short")
	}
	if raceEnabled() {
		t.Skip("a 100 MB input takes over ten minutes under the race detector; the other tests race the same code")
	}
	data, err := os.ReadFile("../examples/geneva-2016/article.md")
	if err != nil {
		t.Fatal(err)
	}
	body := string(data[bytes.Index(data, []byte("\n---\n"))+5:])
	for _, tc := range []struct {
		name       string
		unit       string // repeated to make the line
		small, big int    // sizes in bytes
	}{
		{"article", strings.Join(strings.Fields(body), " ") + " ", 4 << 20, 100 << 20},
		{"one sentence", "officials said the talks that began on Aug. 1, 2016 and resumed last month would go on, and ", 1 << 20, 16 << 20},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			perUnit := countMentions(t, writeRepeated(t, dir, "unit.txt", tc.unit, len(tc.unit)), -1)
			if perUnit == 0 {
				t.Fatalf("no dates in %q", tc.unit)
			}
			for i, size := range []int{tc.small, tc.big} {
				path := writeRepeated(t, dir, fmt.Sprintf("line%d.txt", i), tc.unit, size)
				start := time.Now()
				countMentions(t, path, perUnit*(size/len(tc.unit)))
				t.Logf("%d MB: %v", size>>20, time.Since(start))
			}
		})
	}
}

// raceEnabled reports whether the test binary was built with -race.
func raceEnabled() bool {
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			if s.Key == "-race" {
				return s.Value == "true"
			}
		}
	}
	return false
}

// writeRepeated writes unit over and over, size bytes at most, with no line
// end, and returns the path.
func writeRepeated(t *testing.T, dir, name, unit string, size int) string {
	t.Helper()
	path := filepath.Join(dir, name)
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	for n := 0; n+len(unit) <= size; n += len(unit) {
		w.WriteString(unit)
	}
	if err := errors.Join(w.Flush(), f.Close()); err != nil {
		t.Fatal(err)
	}
	return path
}

// countMentions runs timeline dates on path and checks it finds want date
// mentions; want < 0 accepts any number. It returns the number.
func countMentions(t *testing.T, path string, want int) int {
	t.Helper()
	r := runCLI(t, "", "dates", "--published", "2016-08-26", path)
	r.check(t, exitOK)
	n := strings.Count(r.stdout, "\n")
	if want >= 0 && n != want {
		t.Errorf("%s: %d mentions, want %d", filepath.Base(path), n, want)
	}
	return n
}

// TestPublishedEdges: --published at the ends of the calendar never crashes
// and every date written is well formed: years 0001 to 9999 in four digits.
func TestPublishedEdges(t *testing.T) {
	const text = "Kerry met Putin last month. Talks resume next year. The truce began on Dec. 31 and ends Jan. 1.\n" +
		"It happened last week, two days ago, in the 1990s, yesterday and the day before.\n" +
		"The ministers will meet next century, next quarter, next month, tomorrow, next week and in the coming days.\n" +
		"The accord was signed at 3 p.m. Friday; the talks began in 1900, and will end in 2099 or in 10 years.\n"
	inTempDir(t, map[string][]byte{"edges.txt": []byte(text)})
	outputs := map[string]string{}
	for _, published := range []string{"0001-01-02", "0001-03-01", "9999-12-31", "9999-06-30", "2016-08-26"} {
		for _, args := range [][]string{
			{"dates", "--format", "text"}, {"dates", "--format", "json"}, {"dates", "--format", "timeml"},
			{"build", "--format", "markdown"}, {"build", "--format", "json"}, {"build", "--format", "timelinejs"},
			{"build", "--format", "html"}, {"build", "--format", "csv"}, {"build", "--format", "ics"},
		} {
			args = append(args, "--published", published, "edges.txt")
			r := runCLI(t, "", args...)
			if r.code != exitOK {
				t.Errorf("timeline %s: exit %d: %s", strings.Join(args, " "), r.code, r.stderr)
			}
			outputs[published+" "+args[0]+" "+args[2]] = r.stdout
		}
	}

	t.Run("valid", func(t *testing.T) {
		for key, out := range outputs {
			checkDates(t, key, out)
		}
	})
}

var (
	// timexValueRE matches the TIMEX3 values the tagger writes that carry a
	// calendar year: four digits of year 0001-9999, a decade (3 digits), a
	// century (2); other values (durations, sets, references) do not start
	// with a digit.
	timexValueRE = regexp.MustCompile(`^(\d{4}(-[0-9A-Z:T-]+)?|\d{2,3})$`)
	// dayRE is a YYYY-MM-DD day of year 0001 or later.
	dayRE = regexp.MustCompile(`^(000[1-9]|00[1-9]\d|0[1-9]\d\d|[1-9]\d{3})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$`)
	// icsDateRE is an iCalendar DATE of year 0001 or later.
	icsDateRE = regexp.MustCompile(`^(000[1-9]|00[1-9]\d|0[1-9]\d\d|[1-9]\d{3})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$`)
)

// checkDates fails t if out, the output of "PUBLISHED COMMAND FORMAT",
// holds a date that is not well formed.
func checkDates(t *testing.T, key, out string) {
	t.Helper()
	bad := func(what, v string) { t.Errorf("%s: malformed %s %q", key, what, v) }
	value := func(v string) {
		if v != "" && v[0] >= '0' && v[0] <= '9' && (!timexValueRE.MatchString(v) || strings.HasPrefix(v, "0000")) {
			bad("value", v)
		}
	}
	day := func(what, v string) {
		if v != "" && !dayRE.MatchString(v) {
			bad(what, v)
		}
	}
	switch fields := strings.Fields(key); fields[1] + " " + fields[2] {
	case "dates text":
		for line := range strings.Lines(out) {
			if f := strings.Fields(line); len(f) > 2 {
				value(f[2])
			}
		}
	case "dates json":
		var doc struct {
			Published string
			Mentions  []struct{ Value string }
		}
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatalf("%s: %v", key, err)
		}
		day("published", doc.Published)
		for _, m := range doc.Mentions {
			value(m.Value)
		}
	case "dates timeml":
		for _, m := range regexp.MustCompile(`value="([^"]*)"`).FindAllStringSubmatch(out, -1) {
			value(m[1])
		}
	case "build json":
		if err := schema.Validate([]byte(out)); err != nil {
			t.Errorf("%s: %v", key, err)
		}
		var doc struct {
			Events []struct {
				When struct{ Value, Start, End, Label string }
			}
		}
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatalf("%s: %v", key, err)
		}
		for _, e := range doc.Events {
			value(e.When.Value)
			day("start", e.When.Start)
			day("end", e.When.End)
		}
	case "build csv":
		rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", key, err)
		}
		for _, row := range rows[1:] {
			value(row[1])
			day("start", row[5])
			day("end", row[6])
		}
	case "build timelinejs":
		type date struct{ Year int }
		var doc struct {
			Events []struct {
				Start *date `json:"start_date"`
				End   *date `json:"end_date"`
			}
		}
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatalf("%s: %v", key, err)
		}
		for _, e := range doc.Events {
			for _, d := range []*date{e.Start, e.End} {
				if d != nil && (d.Year < 1 || d.Year > 9999) {
					bad("year", fmt.Sprint(d.Year))
				}
			}
		}
	case "build ics":
		for _, m := range regexp.MustCompile(`(?m)^DT(?:START|END);VALUE=DATE:(.*)\r$`).FindAllStringSubmatch(out, -1) {
			if !icsDateRE.MatchString(m[1]) {
				bad("iCalendar date", m[1])
			}
		}
	case "build markdown", "build html":
		// Labels: no year 0 ("Dec. 0") and no five-digit year.
		if m := regexp.MustCompile(`\b(?:Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)\.? (?:\d+, )?(0|\d{5,})\b`).FindString(out); m != "" {
			bad("label", m)
		}
	}
}

// TestPublishedYearOne: --published 0001-01-01 is not taken for "no date".
func TestPublishedYearOne(t *testing.T) {
	inTempDir(t, map[string][]byte{"edges.txt": []byte("Kerry met Putin last month.\n")})
	for _, cmd := range []string{"dates", "build"} {
		runCLI(t, "", cmd, "--published", "0001-01-01", "edges.txt").check(t, exitUsage,
			`^timeline: invalid --published "0001-01-01": the earliest date is 0001-01-02$`)
	}
}

// TestDeterminism: the same input gives byte-identical output: run twice,
// with one core or two, and for build whatever the order of the articles.
func TestDeterminism(t *testing.T) {
	paths, err := filepath.Glob("../testdata/multi/*.md")
	if err != nil || len(paths) < 3 {
		t.Fatalf("articles: %v %v", paths, err)
	}
	seed := "../examples/geneva-2016/article.md"
	jsonl := filepath.Join(t.TempDir(), "corpus.jsonl")
	writeCorpus(t, jsonl, paths)

	type command struct {
		args  []string
		stdin string
	}
	var commands []command
	for _, f := range buildFormats {
		commands = append(commands, command{args: append([]string{"build", "--format", f}, paths...)})
	}
	for _, f := range datesFormats {
		commands = append(commands, command{args: []string{"dates", "--format", f, seed}})
	}
	commands = append(commands,
		command{args: []string{"build", "--format", "json", jsonl}},
		command{args: []string{"dates", "--jsonl", jsonl}},
		command{args: []string{"dates", "--jsonl", "-"}, stdin: readText(t, jsonl)},
	)

	procs := runtime.GOMAXPROCS(0)
	defer runtime.GOMAXPROCS(procs)
	for _, c := range commands {
		name := strings.Join(c.args[:min(3, len(c.args))], " ")
		var first cliResult
		for i, p := range []int{1, 2, 1, 2} {
			runtime.GOMAXPROCS(p)
			r := runCLI(t, c.stdin, c.args...)
			if r.code != exitOK && !strings.Contains(r.stderr, "not in the calendar") {
				t.Fatalf("timeline %s: exit %d: %s", name, r.code, r.stderr)
			}
			if i == 0 {
				first = r
				continue
			}
			if r.stdout != first.stdout || r.stderr != first.stderr {
				t.Errorf("timeline %s: run %d (GOMAXPROCS=%d) differs from run 1 (GOMAXPROCS=1)", name, i+1, p)
			}
		}
	}

	// build: every order of the articles gives the same timeline.
	runtime.GOMAXPROCS(procs)
	orders := [][]string{paths, reversed(paths), rotated(paths), reversed(rotated(paths))}
	for _, f := range buildFormats {
		var want string
		for i, order := range orders {
			r := runCLI(t, "", append([]string{"build", "--format", f}, order...)...)
			if i == 0 {
				want = r.stdout
			} else if r.stdout != want {
				t.Errorf("build --format %s: order %d differs from order 1:\n%s", f, i+1, firstDiff(r.stdout, want))
			}
		}
	}
	// Two independent documents of one corpus, a b and b a.
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.jsonl")
	writeCorpus(t, a, paths[:1])
	writeCorpus(t, b, paths[1:2])
	for _, f := range buildFormats {
		ab := runCLI(t, "", "build", "--format", f, a, b)
		ba := runCLI(t, "", "build", "--format", f, b, a)
		if ab.stdout != ba.stdout {
			t.Errorf("build --format %s: a b differs from b a:\n%s", f, firstDiff(ba.stdout, ab.stdout))
		}
	}
}

// writeCorpus writes the articles at paths (front matter published, title
// and body) as a JSON-lines corpus.
func writeCorpus(t *testing.T, path string, paths []string) {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for _, p := range paths {
		data := readText(t, p)
		front, body, ok := strings.Cut(strings.TrimPrefix(data, "---\n"), "\n---\n")
		if !ok {
			t.Fatalf("%s has no front matter", p)
		}
		rec := map[string]string{"id": filepath.Base(p), "text": body}
		for line := range strings.Lines(front) {
			if k, v, ok := strings.Cut(strings.TrimSpace(line), ": "); ok && (k == "published" || k == "title") {
				rec[k] = strings.Trim(v, `"`)
			}
		}
		if err := enc.Encode(rec); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o666); err != nil {
		t.Fatal(err)
	}
}

func readText(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func reversed(s []string) []string {
	r := slices.Clone(s)
	slices.Reverse(r)
	return r
}

func rotated(s []string) []string { return append(slices.Clone(s[1:]), s[0]) }

// firstDiff shows the first line where got and want differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return fmt.Sprintf("line %d:\n got: %s\nwant: %s", i+1, abbrev(g[i]), abbrev(w[i]))
		}
	}
	return fmt.Sprintf("%d lines, want %d", len(g), len(w))
}

// evilArticle is an article whose text tries every kind of injection.
const evilArticle = `---
title: "Evil <script>alert(1)</script> title"
published: 2016-08-26
url: "javascript:alert(1)"
---

Kerry met Putin in Moscow last month <script>alert(1)</script> and left.

The talks "onload=alert(1) resumed on Aug. 1 </style> amid [x](javascript:alert(1)) hopes.

# heading: talks resumed on Friday

=1+1 talks will resume next week, officials said.

+SUM(A1) was discussed on Thursday. -2+3 happened on Wednesday. @cmd ran on Tuesday.

<img src=x onerror=alert(1)> Lavrov arrived on Aug. 25 with **bold** and ` + "`code`" + ` and <https://evil.example/> and [link](https://evil.example/).
`

// TestInjection builds the evil article in each format and parses the
// output as its readers do: article text comes through as text, never as
// markup, a link, a heading, a script or a formula.
func TestInjection(t *testing.T) {
	inTempDir(t, map[string][]byte{"evil.md": []byte(evilArticle)})
	out := func(format string) string {
		r := runCLI(t, "", "build", "--format", format, "evil.md")
		r.check(t, exitOK)
		return r.stdout
	}
	sentences := []string{
		`Kerry met Putin in Moscow last month <script>alert(1)</script> and left.`,
		`The talks "onload=alert(1) resumed on Aug. 1 </style> amid [x](javascript:alert(1)) hopes.`,
		`=1+1 talks will resume next week, officials said.`,
		`+SUM(A1) was discussed on Thursday.`,
		"<img src=x onerror=alert(1)> Lavrov arrived on Aug. 25 with **bold** and `code` and <https://evil.example/> and [link](https://evil.example/).",
	}

	t.Run("markdown", func(t *testing.T) {
		md := []byte(out("markdown"))
		doc := goldmark.DefaultParser().Parse(gtext.NewReader(md))
		gast.Walk(doc, func(n gast.Node, entering bool) (gast.WalkStatus, error) {
			if !entering {
				return gast.WalkContinue, nil
			}
			switch n := n.(type) {
			case *gast.RawHTML, *gast.HTMLBlock:
				t.Errorf("raw HTML in the Markdown: %q", nodeText(n, md))
			case *gast.Link, *gast.AutoLink, *gast.Image:
				t.Errorf("a link in the Markdown: %q", nodeText(n, md))
			case *gast.CodeSpan:
				if c := string(nodeText(n, md)); c != "evil.md" { // the source, ours
					t.Errorf("a code span from the text: %q", c)
				}
			case *gast.Heading:
				if h := string(nodeText(n, md)); n.Level > 2 || strings.Contains(h, "heading") {
					t.Errorf("a heading from the text: %q", h)
				}
			case *gast.Emphasis:
				if e := string(nodeText(n, md)); e == "bold" {
					t.Errorf("emphasis from the text: %q", e)
				}
			}
			return gast.WalkContinue, nil
		})
		// The sentences read as themselves (emphasis markers aside).
		var rendered bytes.Buffer
		if err := goldmark.Convert(md, &rendered); err != nil {
			t.Fatal(err)
		}
		plain := html.UnescapeString(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(rendered.String(), ""))
		for _, s := range sentences {
			if !strings.Contains(strings.Join(strings.Fields(plain), " "), s) {
				t.Errorf("the Markdown does not read %q", s)
			}
		}
	})

	t.Run("html", func(t *testing.T) {
		page := out("html")
		root, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		var text strings.Builder
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.ElementNode {
				switch n.Data {
				case "script", "img", "iframe", "object", "embed", "base", "form":
					t.Errorf("<%s> element in the page", n.Data)
				}
				for _, a := range n.Attr {
					if strings.HasPrefix(a.Key, "on") {
						t.Errorf("<%s %s=%q>: an event handler", n.Data, a.Key, a.Val)
					}
					if (a.Key == "href" || a.Key == "src") && !strings.HasPrefix(a.Val, "#") && !strings.HasPrefix(a.Val, "https://") {
						t.Errorf("<%s %s=%q>: a link out of the page", n.Data, a.Key, a.Val)
					}
				}
			}
			if n.Type == html.TextNode && (n.Parent == nil || n.Parent.Data != "style") {
				text.WriteString(n.Data)
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(root)
		// One <style>, ours: article text cannot close it.
		if n := strings.Count(page, "</style>"); n != 1 {
			t.Errorf("%d </style> in the page, want 1", n)
		}
		plain := strings.Join(strings.Fields(text.String()), " ")
		for _, s := range sentences {
			if !strings.Contains(plain, s) {
				t.Errorf("the page does not read %q", s)
			}
		}
	})

	t.Run("csv", func(t *testing.T) {
		rows, err := csv.NewReader(strings.NewReader(out("csv"))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		var texts []string
		for _, row := range rows[1:] {
			for i, cell := range row {
				if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
					t.Errorf("row %s, column %s: %q can run as a formula", row[0], rows[0][i], cell)
				}
			}
			texts = append(texts, row[slices.Index(rows[0], "text")])
		}
		for _, s := range sentences {
			if s[0] == '=' || s[0] == '+' {
				s = "'" + s
			}
			if !slices.ContainsFunc(texts, func(c string) bool { return strings.HasPrefix(c, s) }) {
				t.Errorf("no text cell starts with %q", s)
			}
		}
	})

	t.Run("json", func(t *testing.T) {
		data := out("json")
		if err := schema.Validate([]byte(data)); err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Title  string
			Events []struct{ Text string }
		}
		if err := json.Unmarshal([]byte(data), &doc); err != nil {
			t.Fatal(err)
		}
		if doc.Title != "Evil <script>alert(1)</script> title" {
			t.Errorf("title %q", doc.Title)
		}
		for _, s := range sentences {
			if !slices.ContainsFunc(doc.Events, func(e struct{ Text string }) bool { return strings.HasPrefix(e.Text, s) }) {
				t.Errorf("no event text starts with %q", s)
			}
		}
	})
}

// nodeText is the source text under a goldmark node.
func nodeText(n gast.Node, src []byte) []byte {
	var b bytes.Buffer
	gast.Walk(n, func(c gast.Node, entering bool) (gast.WalkStatus, error) {
		if t, ok := c.(*gast.Text); ok && entering {
			b.Write(t.Value(src))
		}
		if s, ok := c.(*gast.String); ok && entering {
			b.Write(s.Value)
		}
		return gast.WalkContinue, nil
	})
	if r, ok := n.(*gast.RawHTML); ok {
		for i := 0; i < r.Segments.Len(); i++ {
			seg := r.Segments.At(i)
			b.Write(seg.Value(src))
		}
	}
	if b.Len() == 0 && n.Type() == gast.TypeBlock {
		for i := 0; i < n.Lines().Len(); i++ {
			seg := n.Lines().At(i)
			b.Write(seg.Value(src))
		}
	}
	return b.Bytes()
}
