package timeline

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"
)

// NewDocument makes a Document from plain text, the way ReadDocument reads
// a file without front matter: a byte order mark is dropped, CRLF line ends
// become LF, boilerplate lines, a title line, captions and bylines go to
// Skipped and the rest is split into Sentences. Invalid UTF-8 in text
// becomes U+FFFD. The ID is id; Path is left empty for the caller to say
// where the text came from. published is kept as its calendar date
// (midnight UTC), or zero. A title given is kept, and a first line of text
// that repeats it is the title line; without one, the title is found in the
// text as ReadDocument does.
func NewDocument(id, title, text string, published time.Time, url string) *Document {
	text = strings.ToValidUTF8(text, "\uFFFD")
	text = strings.TrimPrefix(text, "\ufeff")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	d := &Document{
		ID:       id,
		Title:    strings.Join(strings.Fields(title), " "),
		URL:      strings.TrimSpace(url),
		Text:     text,
		TextLine: 1,
	}
	if !published.IsZero() {
		d.Published = dayOf(published)
	}
	d.sortLines()
	return d
}

// Corpus gathers the documents of one timeline from article files and
// JSON-lines streams, in input order, with the inputs that cannot be used
// and why. Nothing added to a corpus is dropped silently: every input ends
// up in Docs or in Skipped. The zero Corpus is ready to use.
type Corpus struct {
	// Published, if not zero, is the publication date of every document
	// added from then on, overriding its own (the --published flag).
	Published time.Time

	Docs    []*Document
	Skipped []SkippedDoc

	ids   map[string]string // document ID -> where it came from
	texts map[string]string // document text -> where it came from
}

// Reasons for skipping a document without a publication date.
const (
	noDateFrontMatter = `no publication date: pass --published or add "published:" front matter`
	noDateField       = `no publication date: pass --published or add "published"`
)

// Skip records an input that cannot be used.
func (c *Corpus) Skip(path, reason string) {
	c.Skipped = append(c.Skipped, SkippedDoc{Path: path, Reason: reason})
}

// Add adds a document read from an article file, after applying
// c.Published. It skips, and reports false for, a document without a
// publication date, one whose ID an earlier document has, and one whose
// text repeats an earlier document's (the same article given twice).
func (c *Corpus) Add(d *Document) bool {
	return c.add(d, noDateFrontMatter)
}

func (c *Corpus) add(d *Document, noDate string) bool {
	where := d.Path
	if where == "" {
		where = d.ID
	}
	if !c.Published.IsZero() {
		d.Published = dayOf(c.Published)
	}
	if d.Published.IsZero() {
		c.Skip(where, noDate)
		return false
	}
	if prev, dup := c.ids[d.ID]; dup {
		c.Skip(where, fmt.Sprintf("duplicate id %q, already used by %s: give each document its own id", d.ID, prev))
		return false
	}
	if prev, dup := c.texts[d.Text]; dup {
		c.Skip(where, fmt.Sprintf("same text as %s", prev))
		return false
	}
	if c.ids == nil {
		c.ids = make(map[string]string)
		c.texts = make(map[string]string)
	}
	c.ids[d.ID] = where
	c.texts[d.Text] = where
	c.Docs = append(c.Docs, d)
	return true
}

// AddFile parses data as an article (ReadDocument) and adds it, or records
// why it cannot be used: invalid UTF-8, broken front matter, no text, no
// publication date.
func (c *Corpus) AddFile(path string, data []byte) bool {
	d, err := ReadDocument(path, data)
	if err != nil {
		c.Skip(path, skipReason(err))
		return false
	}
	return c.Add(d)
}

// skipReason is the message of a ReadDocument error without the path it
// starts with.
func skipReason(err error) string {
	var ie *InputError
	if !errors.As(err, &ie) {
		return err.Error()
	}
	var b strings.Builder
	if ie.Line > 0 {
		fmt.Fprintf(&b, "line %d: ", ie.Line)
	}
	b.WriteString(ie.Msg)
	if ie.Fix != "" {
		b.WriteString(": " + ie.Fix)
	}
	return b.String()
}

// MaxJSONLine bounds one line of a JSON-lines corpus. Articles are far
// smaller; the bound keeps a file without line ends from exhausting memory.
const MaxJSONLine = 64 << 20

// jsonlDoc is one line of a JSON-lines corpus.
type jsonlDoc struct {
	ID        json.RawMessage `json:"id"`
	Title     string          `json:"title"`
	Text      string          `json:"text"`
	Published string          `json:"published"`
	URL       string          `json:"url"`
	Source    string          `json:"source"`
}

// AddJSONL reads a JSON-lines corpus from r, one article per line:
//
//	{"id": "...", "title": "...", "text": "...", "published": "2016-08-26", "url": "..."}
//
// Only "text" is required; "published" is YYYY-MM-DD or an RFC 3339
// timestamp (its date as written counts), and may be left out when
// c.Published is set. Each line becomes a Document (NewDocument) whose Path
// is "name:LINE" and whose ID is "id" (a string or a number), else its Path.
// Blank lines are ignored. A line that cannot be used (invalid UTF-8 or
// JSON, no text, a bad or missing date, a duplicate) is skipped with its
// line number and the reason, and reading goes on; if reading r fails, the
// rest of the stream is skipped. name says where the stream comes from, for
// paths and messages ("corpus.jsonl", "stdin").
func (c *Corpus) AddJSONL(name string, r io.Reader) {
	br := bufio.NewReaderSize(r, 64<<10)
	var buf []byte
	for n := 1; ; n++ {
		line, tooLong, err := readLine(br, &buf, MaxJSONLine)
		if err != nil && err != io.EOF {
			c.Skip(name, fmt.Sprintf("cannot read past line %d: %v", n-1, err))
			return
		}
		if err == io.EOF && line == nil {
			return
		}
		where := fmt.Sprintf("%s:%d", name, n)
		switch {
		case tooLong:
			c.Skip(where, fmt.Sprintf("line longer than %d MiB", MaxJSONLine>>20))
		case len(bytes.TrimSpace(line)) == 0:
		default:
			if d, reason := jsonlDocument(where, line); d == nil {
				c.Skip(where, reason)
			} else {
				c.add(d, noDateField)
			}
		}
		if err == io.EOF {
			return
		}
	}
}

// jsonlDocument parses one JSON line into a Document with the given path,
// or returns why it cannot.
func jsonlDocument(where string, line []byte) (*Document, string) {
	if !utf8.Valid(line) {
		return nil, fmt.Sprintf("invalid UTF-8 at byte %d of the line: save the file as UTF-8", firstInvalidUTF8(line))
	}
	var in jsonlDoc
	if err := json.Unmarshal(line, &in); err != nil {
		return nil, describeJSONError(err)
	}
	id := where
	switch raw := bytes.TrimSpace(in.ID); {
	case len(raw) == 0 || string(raw) == "null":
	case raw[0] == '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return nil, describeJSONError(err)
		}
		if s = strings.TrimSpace(s); s != "" {
			id = s
		}
	case raw[0] == '-' || raw[0] >= '0' && raw[0] <= '9':
		id = string(raw)
	default:
		return nil, `"id" must be a string or a number`
	}
	if strings.TrimSpace(in.Text) == "" {
		return nil, `no "text": add the article text`
	}
	var published time.Time
	if p := strings.TrimSpace(in.Published); p != "" {
		t, ok := parseFrontMatterDate(p)
		if !ok {
			return nil, fmt.Sprintf(`invalid "published" %q: use YYYY-MM-DD, e.g. 2016-08-26`, in.Published)
		}
		published = t
	}
	d := NewDocument(id, in.Title, in.Text, published, in.URL)
	d.Path = where
	d.Source = strings.TrimSpace(in.Source)
	return d, ""
}

// describeJSONError says what is wrong with a JSON line.
func describeJSONError(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("invalid JSON at byte %d: %v", se.Offset, se)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		if te.Field == "" {
			return fmt.Sprintf("expected a JSON object, got %s", te.Value)
		}
		return fmt.Sprintf("%q must be a string, not %s", te.Field, te.Value)
	}
	return "invalid JSON: " + err.Error()
}

// readLine reads the next line from r into *buf without its "\n" or
// "\r\n". A line longer than max is consumed and reported as tooLong. At
// the end of the input it returns io.EOF, with the last line if it had no
// line end, else with a nil line.
func readLine(r *bufio.Reader, buf *[]byte, max int) (line []byte, tooLong bool, err error) {
	*buf = (*buf)[:0]
	size := 0
	read := false
	for {
		chunk, err := r.ReadSlice('\n')
		size += len(chunk)
		read = read || len(chunk) > 0
		if size <= max {
			*buf = append(*buf, chunk...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil && err != io.EOF {
			return nil, false, err
		}
		if err == io.EOF && !read {
			return nil, false, io.EOF
		}
		if size > max {
			return []byte{}, true, err
		}
		l := bytes.TrimSuffix(*buf, []byte("\n"))
		return bytes.TrimSuffix(l, []byte("\r")), false, err
	}
}

// IsJSONL reports whether data looks like a JSON-lines corpus rather than
// an article: its first character that is not white space (after a byte
// order mark) is '{'.
func IsJSONL(data []byte) bool {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	data = bytes.TrimLeft(data, " \t\r\n")
	return len(data) > 0 && data[0] == '{'
}

// Build builds the timeline of the corpus's documents (see Build) and lists
// the corpus's skipped inputs, then any Build skipped, in Timeline.Skipped.
func (c *Corpus) Build(opts Options) (*Timeline, error) {
	t, err := Build(c.Docs, opts)
	if err != nil {
		return nil, err
	}
	t.Skipped = append(append([]SkippedDoc(nil), c.Skipped...), t.Skipped...)
	return t, nil
}
