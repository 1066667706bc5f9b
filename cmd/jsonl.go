package cmd

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/internal/jsonline"
	"github.com/timelinehq/timeline/internal/parallel"
	"github.com/timelinehq/timeline/render"
)

// maxLineBytes bounds one JSON line. Articles are far smaller; the bound
// keeps a file with no newlines (or a binary file) from exhausting memory.
const maxLineBytes = 64 << 20

// jsonlTagger tags a stream of JSON lines.
type jsonlTagger struct {
	tagger    *dates.Tagger
	published time.Time // default for lines without "published"; may be zero
	docType   dates.DocType
	jobs      int // lines tagged at once; < 2 means one at a time
	// ctx, if set, stops the run when it is done: run returns its error.
	ctx context.Context
	// progress, if set, is told the lines and bytes done so far.
	progress func(lines int, bytes int64)
}

type jsonlInput struct {
	ID        json.RawMessage `json:"id"`
	Text      string          `json:"text"`
	Published string          `json:"published"`
}

type jsonlMentions struct {
	ID       json.RawMessage        `json:"id"`
	Mentions []render.MentionRecord `json:"mentions"`
}

type jsonlError struct {
	ID    json.RawMessage `json:"id"` // null if the line is not valid JSON
	Error string          `json:"error"`
}

// run reads JSON lines from r and writes one result line per non-blank input
// line to w, in order, tagging up to j.jobs lines at once. It returns how
// many lines failed and how many there were; err is set only if reading or
// writing failed.
func (j *jsonlTagger) run(r io.Reader, w io.Writer) (failed, total int, err error) {
	lines := newLineReader(r, maxLineBytes)
	type item struct {
		n    int
		line []byte
		long bool
	}
	type result struct {
		out    []byte
		failed bool
		size   int64 // bytes of the input line
	}
	var done int64
	next := func() (item, bool, error) {
		for {
			if j.ctx != nil && j.ctx.Err() != nil {
				return item{}, false, j.ctx.Err()
			}
			line, err := lines.next()
			switch {
			case err == io.EOF:
				return item{}, false, nil
			case errors.Is(err, errLineTooLong):
				return item{n: lines.n, long: true}, true, nil
			case err != nil:
				return item{}, false, fmt.Errorf("line %d: %w", lines.n, err)
			case len(bytes.TrimSpace(line)) == 0:
				continue
			}
			return item{n: lines.n, line: append(getBuf(), line...)}, true, nil
		}
	}
	work := func(it item) result {
		var res any
		if it.long {
			res = jsonlError{Error: fmt.Sprintf("line %d: longer than %d MiB", it.n, maxLineBytes>>20)}
		} else {
			res = j.tagLine(it.line, it.n)
		}
		size := int64(len(it.line)) + 1
		if m, ok := res.(jsonlMentions); ok {
			if out, ok := render.AppendMentionsLine(getBuf(), m.ID, m.Mentions); ok {
				putBuf(it.line) // res, which points into the line, is done with
				return result{out: out, size: size}
			}
		}
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(res); err != nil {
			// Records hold strings and numbers only; encoding cannot fail.
			buf.Reset()
			fmt.Fprintf(&buf, "{\"id\":null,\"error\":%q}\n", err.Error())
		}
		_, bad := res.(jsonlError)
		putBuf(it.line)
		return result{out: buf.Bytes(), failed: bad, size: size}
	}
	emit := func(r result) error {
		if j.ctx != nil && j.ctx.Err() != nil {
			return j.ctx.Err()
		}
		total++
		if j.progress != nil {
			done += r.size
			j.progress(total, done)
		}
		if r.failed {
			failed++
		}
		_, err := w.Write(r.out)
		putBuf(r.out)
		return err
	}
	err = parallel.Ordered(j.jobs, next, work, emit)
	return failed, total, err
}

// bufs recycles the byte slices of a run: copies of input lines and
// output lines, a few per job in flight, so that a long stream allocates
// little.
var bufs sync.Pool

func getBuf() []byte {
	if b, ok := bufs.Get().(*[]byte); ok {
		return (*b)[:0]
	}
	return nil
}

// putBuf gives b back for reuse. Very large buffers (a huge line) are left
// to the garbage collector rather than kept.
func putBuf(b []byte) {
	if cap(b) == 0 || cap(b) > 1<<20 {
		return
	}
	bufs.Put(&b)
}

// tagLine returns the jsonlMentions or jsonlError for line number n.
func (j *jsonlTagger) tagLine(line []byte, n int) any {
	var in jsonlInput
	if !decodeInput(line, &in) {
		in = jsonlInput{}
		if err := json.Unmarshal(line, &in); err != nil {
			return jsonlError{ID: in.ID, Error: fmt.Sprintf("line %d: %s", n, describeJSONError(err))}
		}
	}
	fail := func(format string, args ...any) any {
		return jsonlError{ID: in.ID, Error: fmt.Sprintf("line %d: ", n) + fmt.Sprintf(format, args...)}
	}
	anchor := j.published
	if in.Published != "" {
		t, ok := parseLineDate(in.Published)
		if !ok {
			return fail("invalid published date %q: use YYYY-MM-DD, e.g. 2016-08-26", in.Published)
		}
		anchor = t
	}
	if anchor.IsZero() {
		return fail("no published date: add a published field (YYYY-MM-DD) or pass --published")
	}
	records := render.Mentions(j.tagger.TagDoc(in.Text, anchor, j.docType))
	if records == nil {
		records = []render.MentionRecord{} // [] rather than null
	}
	return jsonlMentions{ID: in.ID, Mentions: records}
}

// decodeInput decodes line as json.Unmarshal would, in one pass, when the
// line is a plain flat object (see internal/jsonline); it returns false
// otherwise, and then json.Unmarshal must decide.
func decodeInput(line []byte, in *jsonlInput) bool {
	return jsonline.Decode(line, []jsonline.Field{
		{Name: "id", Raw: (*[]byte)(&in.ID)},
		{Name: "text", Str: &in.Text},
		{Name: "published", Str: &in.Published},
	})
}

// parseLineDate accepts YYYY-MM-DD, and also an RFC 3339 timestamp as news
// feeds give it, of which it keeps the date as written.
func parseLineDate(s string) (time.Time, bool) {
	if t, err := time.Parse(dateLayout, s); err == nil {
		return t, true
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), true
	}
	return time.Time{}, false
}

func describeJSONError(err error) string {
	if se, ok := errors.AsType[*json.SyntaxError](err); ok {
		return fmt.Sprintf("invalid JSON at byte %d: %v", se.Offset, se)
	}
	if te, ok := errors.AsType[*json.UnmarshalTypeError](err); ok {
		if te.Field == "" {
			return fmt.Sprintf("expected a JSON object, got %s", te.Value)
		}
		return fmt.Sprintf("%s must be a string, not %s", te.Field, te.Value)
	}
	return "invalid JSON: " + err.Error()
}

var errLineTooLong = errors.New("line too long")

// lineReader reads lines of any length up to a bound, unlike bufio.Scanner
// whose default limit is 64 KiB.
type lineReader struct {
	r   *bufio.Reader
	max int
	buf []byte
	n   int // number of the line last returned, from 1
	eof bool
}

func newLineReader(r io.Reader, max int) *lineReader {
	return &lineReader{r: bufio.NewReaderSize(r, 1<<20), max: max}
}

// next returns the next line without its "\n" or "\r\n", valid until the
// next call. A line longer than max is skipped and reported as
// errLineTooLong; reading continues after it. At the end it returns io.EOF.
func (l *lineReader) next() ([]byte, error) {
	if l.eof {
		return nil, io.EOF
	}
	l.buf = l.buf[:0]
	size := 0
	for {
		chunk, err := l.r.ReadSlice('\n')
		size += len(chunk)
		if size <= l.max {
			l.buf = append(l.buf, chunk...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF {
			l.eof = true
			if size == 0 {
				return nil, io.EOF
			}
			break
		}
		if err != nil {
			l.n++
			return nil, err
		}
		break
	}
	l.n++
	if size > l.max {
		return nil, errLineTooLong
	}
	return bytes.TrimSuffix(bytes.TrimSuffix(l.buf, []byte("\n")), []byte("\r")), nil
}
