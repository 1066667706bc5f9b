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
	"github.com/timelinehq/timeline/internal/isodate"
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
	maxLine   int // bytes of the longest line taken; 0 means maxLineBytes
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

// jsonlFound is what tagLine found in a line: written by
// render.AppendDatesLine, or as a jsonlMentions by encoding/json when the
// id needs it.
type jsonlFound struct {
	ID    json.RawMessage
	Found []dates.Mention
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
	maxLine := j.maxLine
	if maxLine == 0 {
		maxLine = maxLineBytes
	}
	lines := newLineReader(r, maxLine)
	// Lines go to the workers in batches: handing each short line over on
	// its own would cost more than tagging it.
	const batchLines, batchBytes = 64, 256 << 10
	type line struct {
		n        int // line number
		from, to int // the line in batch.buf
		long     bool
	}
	type batch struct {
		buf   []byte
		lines []line
	}
	type result struct {
		out    []byte
		lines  int
		failed int
		size   int64 // bytes of the input lines
	}
	var done int64
	var pending error // an error met after a batch was begun, returned next
	next := func() (batch, bool, error) {
		if pending != nil {
			return batch{}, false, pending
		}
		b := batch{buf: getBuf()}
		for len(b.lines) < batchLines && len(b.buf) < batchBytes {
			if j.ctx != nil && j.ctx.Err() != nil {
				return batch{}, false, j.ctx.Err()
			}
			from := len(b.buf)
			var err error
			b.buf, err = lines.appendNext(b.buf) // read straight into the batch
			switch {
			case err == io.EOF:
				return b, len(b.lines) > 0, nil
			case errors.Is(err, errLineTooLong):
				b.lines = append(b.lines, line{n: lines.n, from: from, to: from, long: true})
				continue
			case err != nil:
				pending = fmt.Errorf("line %d: %w", lines.n, err)
				if len(b.lines) > 0 {
					return b, true, nil
				}
				return batch{}, false, pending
			case len(bytes.TrimSpace(b.buf[from:])) == 0:
				b.buf = b.buf[:from]
				continue
			}
			b.lines = append(b.lines, line{n: lines.n, from: from, to: len(b.buf)})
		}
		return b, true, nil
	}
	work := func(b batch) result {
		res := result{out: getBuf(), lines: len(b.lines)}
		for _, l := range b.lines {
			text := b.buf[l.from:l.to]
			res.size += int64(len(text)) + 1
			var rec any
			if l.long {
				rec = jsonlError{Error: fmt.Sprintf("line %d: longer than %s", l.n, byteSize(maxLine))}
			} else if f, bad := j.tagLine(text, l.n); bad != nil {
				rec = *bad
			} else {
				if out, ok := render.AppendDatesLine(res.out, f.ID, f.Found); ok {
					res.out = out
					continue
				}
				records := render.Mentions(f.Found)
				if records == nil {
					records = []render.MentionRecord{} // [] rather than null
				}
				rec = jsonlMentions{ID: f.ID, Mentions: records}
			}
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(rec); err != nil {
				// Records hold strings and numbers only; encoding cannot fail.
				buf.Reset()
				fmt.Fprintf(&buf, "{\"id\":null,\"error\":%q}\n", err.Error())
			}
			if _, bad := rec.(jsonlError); bad {
				res.failed++
			}
			res.out = append(res.out, buf.Bytes()...)
		}
		putBuf(b.buf) // the records, which point into the lines, are written out
		return res
	}
	emit := func(r result) error {
		if j.ctx != nil && j.ctx.Err() != nil {
			return j.ctx.Err()
		}
		total += r.lines
		failed += r.failed
		if j.progress != nil {
			done += r.size
			j.progress(total, done)
		}
		_, err := w.Write(r.out)
		putBuf(r.out)
		return err
	}
	err = parallel.Ordered(j.jobs, next, work, emit)
	return failed, total, err
}

// byteSize writes n bytes as "64 MiB", or "100 bytes" below a MiB.
func byteSize(n int) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
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
	if cap(b) == 0 || cap(b) > 4<<20 {
		return
	}
	bufs.Put(&b)
}

// tagLine returns what it found in line number n, or the record of its
// error (found is then empty). Found is returned by value, not boxed in an
// interface, so that a line costs no allocation for it.
func (j *jsonlTagger) tagLine(line []byte, n int) (found jsonlFound, bad *jsonlError) {
	var in jsonlInput
	if !decodeInput(line, &in) {
		var err error
		if in, err = unmarshalInput(line); err != nil {
			return jsonlFound{}, &jsonlError{ID: in.ID, Error: fmt.Sprintf("line %d: %s", n, describeJSONError(err))}
		}
	}
	fail := func(format string, args ...any) (jsonlFound, *jsonlError) {
		return jsonlFound{}, &jsonlError{ID: in.ID, Error: fmt.Sprintf("line %d: ", n) + fmt.Sprintf(format, args...)}
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
	return jsonlFound{ID: in.ID, Found: j.tagger.TagDoc(in.Text, anchor, j.docType)}, nil
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

// unmarshalInput decodes line with encoding/json, for the lines that
// decodeInput leaves to it. It has a variable of its own so that the one
// of tagLine, which json.Unmarshal would move to the heap, stays on the
// stack. On an error, what was decoded before it is returned with it.
func unmarshalInput(line []byte) (jsonlInput, error) {
	var in jsonlInput
	err := json.Unmarshal(line, &in)
	return in, err
}

// parseLineDate accepts YYYY-MM-DD, and also an RFC 3339 timestamp as news
// feeds give it, of which it keeps the date as written.
func parseLineDate(s string) (time.Time, bool) {
	if t, ok := isodate.Parse(s); ok {
		return t, true
	}
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
	n   int // number of the line last returned, from 1
	eof bool
}

func newLineReader(r io.Reader, max int) *lineReader {
	return &lineReader{r: bufio.NewReaderSize(r, 1<<20), max: max}
}

// appendNext appends the next line, without its "\n" or "\r\n", to dst,
// so that a caller collecting lines copies each once. A line longer than
// max is skipped and reported as errLineTooLong (dst as it was); reading
// continues after it. At the end it returns io.EOF.
func (l *lineReader) appendNext(dst []byte) ([]byte, error) {
	if l.eof {
		return dst, io.EOF
	}
	start := len(dst)
	size := 0
	for {
		chunk, err := l.r.ReadSlice('\n')
		size += len(chunk)
		if size <= l.max {
			dst = append(dst, chunk...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF {
			l.eof = true
			if size == 0 {
				return dst, io.EOF
			}
			break
		}
		if err != nil {
			l.n++
			return dst[:start], err
		}
		break
	}
	l.n++
	if size > l.max {
		return dst[:start], errLineTooLong
	}
	line := bytes.TrimSuffix(bytes.TrimSuffix(dst[start:], []byte("\n")), []byte("\r"))
	return dst[:start+len(line)], nil
}
