package timeline

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/internal/parallel"
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
	if !utf8.ValidString(text) { // checks 8 bytes at a time where ToValidUTF8 decodes runes
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	return newDocument(id, title, text, published, url)
}

// newDocument is NewDocument of a text known to be valid UTF-8.
func newDocument(id, title, text string, published time.Time, url string) *Document {
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

// Corpus gathers the documents of one timeline from article files, web
// pages and JSON-lines corpora, with the inputs that cannot be used and
// why. Nothing given to a corpus is dropped silently: every input ends up
// used or in Skipped. The zero Corpus is ready to use.
//
// There are two ways to fill a corpus. Add, AddFile and AddJSONL keep each
// Document, text and all, in Docs, and Build analyses them: fine for a few
// articles. Read (and Stream, which keeps nothing) reads a stream of
// inputs on several goroutines and keeps only what the timeline needs of
// each document, its source and its events, so that memory does not grow
// with the size of the texts: the way to read a large corpus.
type Corpus struct {
	// Published, if not zero, is the publication date of every document
	// added from then on, overriding its own (the --published flag).
	Published time.Time
	// NoDigests, if set, spares Read (and Stream) the SHA-256 of each
	// document's text (Digest), a twentieth of their work: they tell texts
	// apart by a key of this process instead (quickKey), which serves
	// Build as well, since it only asks whether two texts are the same,
	// but is no digest. Set it when the partial does not leave the process:
	// the Digest of Partial's sources and events is then such a key, not
	// to be compared with another process's: Partial.WriteJSONL and
	// PartialWriter.Write refuse to write it.
	NoDigests bool

	// Docs are the documents added with Add, AddFile and AddJSONL.
	Docs []*Document
	// Skipped lists the inputs that could not be used, in input order.
	Skipped []SkippedDoc

	read    Partial           // what Read has analysed, gathered (see gather)
	pending []*Partial        // what Read has analysed since, in order, not yet in read
	ids     map[string]string // document ID -> where it came from (Add)
	digests map[string]string // digest of a document text -> where it came from (Add)
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
	digest := Digest(d.Text)
	if prev, dup := c.digests[digest]; dup {
		c.Skip(where, fmt.Sprintf("same text as %s", prev))
		return false
	}
	if c.ids == nil {
		c.ids = make(map[string]string)
		c.digests = make(map[string]string)
	}
	c.ids[d.ID] = where
	c.digests[digest] = where
	c.Docs = append(c.Docs, d)
	return true
}

// AddFile parses data as an article or a web page (ReadAny) and adds it,
// or records why it cannot be used: invalid UTF-8, broken front matter, no
// text, no publication date.
func (c *Corpus) AddFile(path string, data []byte) bool {
	d, err := ReadAny(path, data)
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
	jsonlAliases
}

// jsonlAliases are the names that scrapers and news APIs give the fields
// of jsonlDoc (news-please, newspaper3k, NewsAPI, the New York Times API,
// schema.org, RSS), read when the field's own name is absent, so that
// their output is a corpus as it stands. They are kept raw: a tool may give
// one of these names to something else (a "date" in seconds, a "content"
// object), which is then not an alias and is ignored, as any other member.
type jsonlAliases struct {
	Headline      json.RawMessage `json:"headline"`
	Body          json.RawMessage `json:"body"`
	Content       json.RawMessage `json:"content"`
	MainText      json.RawMessage `json:"maintext"`
	Date          json.RawMessage `json:"date"`
	PublishedAt   json.RawMessage `json:"published_at"`
	PublishedAtJS json.RawMessage `json:"publishedAt"`
	PublishDate   json.RawMessage `json:"publish_date"`
	DatePublish   json.RawMessage `json:"date_publish"`
	PubDate       json.RawMessage `json:"pub_date"`
	PubDateJS     json.RawMessage `json:"pubDate"`
	DatePublished json.RawMessage `json:"datePublished"`
	Link          json.RawMessage `json:"link"`
}

// resolve fills each empty field with the first of its aliases that is a
// string with something in it.
func (in *jsonlDoc) resolve() {
	a := &in.jsonlAliases
	or := func(field *string, aliases ...json.RawMessage) {
		for _, raw := range aliases {
			if strings.TrimSpace(*field) != "" {
				return
			}
			if len(raw) > 0 && raw[0] == '"' {
				_ = json.Unmarshal(raw, field) // a JSON string, as the line decoded
			}
		}
	}
	or(&in.Title, a.Headline)
	or(&in.Text, a.Body, a.Content, a.MainText)
	or(&in.Published, a.Date, a.PublishedAt, a.PublishedAtJS, a.PublishDate, a.DatePublish, a.PubDate, a.PubDateJS, a.DatePublished)
	or(&in.URL, a.Link)
}

// AddJSONL reads a JSON-lines corpus from r, one article per line:
//
//	{"id": "...", "title": "...", "text": "...", "published": "2016-08-26", "url": "..."}
//
// Only "text" is required (or an alias of it: see jsonlAliases); "published" is YYYY-MM-DD or an RFC 3339
// timestamp (its date as written counts), and may be left out when
// c.Published is set. Each line becomes a Document (NewDocument) whose Path
// is "name:LINE" and whose ID is "id" (a string or a number), else its Path.
// Blank lines and a byte order mark at the start are ignored. A line that
// cannot be used (invalid UTF-8 or JSON, no text, a bad or missing date, a
// duplicate) is skipped with its line number and the reason, and reading
// goes on; if reading r fails, the rest of the stream is skipped. name says where the stream comes from, for
// paths and messages ("corpus.jsonl", "stdin").
func (c *Corpus) AddJSONL(name string, r io.Reader) {
	br := bufio.NewReaderSize(r, 64<<10)
	var buf []byte
	for n := 1; ; n++ {
		line, _, tooLong, err := readLine(br, &buf, MaxJSONLine)
		if err != nil && err != io.EOF {
			c.Skip(name, fmt.Sprintf("cannot read past line %d: %v", n-1, err))
			return
		}
		if err == io.EOF && line == nil {
			return
		}
		where := linePath(name, n)
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte("\ufeff"))
		}
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
// or returns why it cannot. Nothing it returns refers to line, which
// Stream hands back to the reader for another line (lineBufPool).
func jsonlDocument(where string, line []byte) (*Document, string) {
	// A line decodeFast decodes is valid UTF-8: it checks the text of every
	// string, and the rest of the line is the ASCII of JSON's syntax. So
	// only a line it declines is checked here, before encoding/json reads
	// it.
	var in jsonlDoc
	if !in.decodeFast(line) {
		if !utf8.Valid(line) {
			return nil, fmt.Sprintf("invalid UTF-8 at byte %d of the line: save the file as UTF-8", firstInvalidUTF8(line))
		}
		in = jsonlDoc{}
		if err := json.Unmarshal(line, &in); err != nil {
			return nil, describeJSONError(err)
		}
	}
	in.resolve()
	id := where
	switch raw := bytes.TrimSpace(in.ID); {
	case len(raw) == 0 || string(raw) == "null":
	case raw[0] == '"':
		var s string
		if bytes.IndexByte(raw, '\\') < 0 {
			// A valid JSON string (the line decoded) without escapes, in
			// valid UTF-8: its text is what is between the quotes.
			s = string(raw[1 : len(raw)-1])
		} else if err := json.Unmarshal(raw, &s); err != nil {
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
	// The text is valid UTF-8: the line is, and so is what a JSON string
	// decodes to (encoding/json makes bad escapes U+FFFD).
	d := newDocument(id, in.Title, in.Text, published, in.URL)
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

// linePath is the path of line n of a JSON-lines corpus: "name:n". The
// reader makes one for every line, on the one goroutine that reads them.
func linePath(name string, n int) string {
	var buf [64]byte
	b := strconv.AppendInt(append(append(buf[:0], name...), ':'), int64(n), 10)
	return string(b)
}

// readLine reads the next line from r into *buf without its "\n" or
// "\r\n", and says how many bytes it took from r. A line longer than max
// is consumed and reported as tooLong. At the end of the input it returns
// io.EOF, with the last line if it had no line end, else with a nil line.
func readLine(r *bufio.Reader, buf *[]byte, max int) (line []byte, size int, tooLong bool, err error) {
	*buf = (*buf)[:0]
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
			return nil, size, false, err
		}
		if err == io.EOF && !read {
			return nil, 0, false, io.EOF
		}
		if size > max {
			return []byte{}, size, true, err
		}
		l := bytes.TrimSuffix(*buf, []byte("\n"))
		return bytes.TrimSuffix(l, []byte("\r")), size, false, err
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

// Build builds the timeline of the corpus (see Partial and Build): the
// documents in Docs, those Read has analysed, and the skipped inputs.
func (c *Corpus) Build(opts Options) (*Timeline, error) {
	return c.BuildContext(context.Background(), opts)
}

// BuildContext is Build that analyses Docs on opts.Jobs goroutines and
// gives up when ctx is done, returning ctx.Err().
func (c *Corpus) BuildContext(ctx context.Context, opts Options) (*Timeline, error) {
	p, err := analyzeDocs(ctx, c.Docs, opts, noDateFrontMatter)
	if err != nil {
		return nil, err
	}
	// The partial Partial would return, but for the events, which stay
	// where Read put them: a large corpus's events are tens of megabytes,
	// which gathering them in one slice would copy, and keep twice until
	// the copy's next collection.
	events := [][]DocEvent{p.Events, c.read.Events}
	n := len(p.Sources) + len(c.read.Sources)
	for _, q := range c.pending {
		events = append(events, q.Events)
		n += len(q.Sources)
	}
	sources := slices.Grow(slices.Concat(p.Sources, c.read.Sources), n)
	for _, q := range c.pending {
		sources = append(sources, q.Sources...)
	}
	skipped := append(slices.Clone(c.Skipped), p.Skipped...)
	return buildTimeline(sources, events, skipped, opts)
}

// Partial returns the partial timeline of the corpus: the documents in Docs
// analysed (on opts.Jobs goroutines; only opts.Tagger, DocType, Jobs and
// Progress apply), what Read has analysed, and the skipped inputs. It
// returns ctx.Err() if ctx is done first. When Docs is empty, the partial's
// sources and events are those Read keeps, not copies: change them and the
// corpus changes too.
func (c *Corpus) Partial(ctx context.Context, opts Options) (*Partial, error) {
	p, err := analyzeDocs(ctx, c.Docs, opts, noDateFrontMatter)
	if err != nil {
		return nil, err
	}
	c.gather()
	if len(p.Sources) == 0 && len(p.Events) == 0 {
		// A large corpus is read, not added: share its events (tens of
		// megabytes) rather than copy them. Clipped, an append to either
		// slice leaves the other as it is.
		p.Sources, p.Events = slices.Clip(c.read.Sources), slices.Clip(c.read.Events)
	} else {
		p.Add(&c.read)
	}
	p.Skipped = append(append([]SkippedDoc(nil), c.Skipped...), p.Skipped...)
	return p, nil
}

// InputFormat says how to read an input of Corpus.Read.
type InputFormat string

// The input formats.
const (
	// InputAuto reads a file by its extension and content: a .jsonl file
	// is a JSON-lines corpus, a .html or .htm file or one that starts like
	// HTML a web page (ReadAny), anything else an article; standard input
	// ("-") is a JSON-lines corpus if its first character other than white
	// space is '{', else an article or a page.
	InputAuto InputFormat = ""
	// InputText is an article: plain text or Markdown, with optional
	// front matter (ReadDocument).
	InputText InputFormat = "text"
	// InputMarkdown is the same as InputText.
	InputMarkdown InputFormat = "markdown"
	// InputHTML is a saved web page (ReadHTML).
	InputHTML InputFormat = "html"
	// InputJSONL is a JSON-lines corpus, one article per line (see
	// AddJSONL).
	InputJSONL InputFormat = "jsonl"
)

// InputFormats lists the names ParseInputFormat accepts.
var InputFormats = []string{"auto", string(InputText), string(InputMarkdown), string(InputHTML), string(InputJSONL)}

// ParseInputFormat reads the name of an input format ("auto", "text",
// "markdown", "html", "jsonl"), in any case.
func ParseInputFormat(s string) (InputFormat, bool) {
	switch f := InputFormat(strings.ToLower(strings.TrimSpace(s))); f {
	case "auto":
		return InputAuto, true
	case InputText, InputMarkdown, InputHTML, InputJSONL:
		return f, true
	}
	return InputAuto, false
}

// Input is one input of Corpus.Read: a file, a JSON-lines corpus, or
// standard input.
type Input struct {
	// Path names the input as the user gave it, for document IDs, paths
	// and messages. "-" is standard input: the lines of a JSON-lines
	// corpus read from it are named "stdin:1", "stdin:2" ...
	Path   string
	Format InputFormat
	// Open opens the input; nil opens the file Path.
	Open func() (io.ReadCloser, error)
	// Skip, if not empty, says why the input cannot be used (a folder entry
	// that is not an article file ...); it is listed in Skipped as it is.
	Skip string
}

// Progress says how far Corpus.Read or Stream has got.
type Progress struct {
	Docs  int   // inputs done: articles and JSON lines, used or skipped
	Bytes int64 // bytes of input they took
}

// Read reads the inputs into the corpus, in order, and analyses each
// document as Build does, on opts.Jobs goroutines: files are read and
// documents analysed by the workers, JSON-lines corpora read line by line
// as the workers take the lines. Of each document, only its source and
// its events are kept, not its text (see Partial); inputs that cannot be
// used go to Skipped. Only opts.Tagger, DocType, Jobs and Progress apply.
//
// Documents that share an ID or a text are sorted out when the timeline is
// made (Partial.Timeline), not here: the one first in path order is used,
// so that the result does not depend on the order of the inputs.
//
// When ctx is done, Read stops reading, lets the documents being analysed
// finish, and returns ctx.Err(); what it had read stays in the corpus.
func (c *Corpus) Read(ctx context.Context, inputs iter.Seq[Input], opts Options) error {
	return c.Stream(ctx, inputs, opts, func(p *Partial) error {
		if len(p.Sources) > 0 || len(p.Events) > 0 {
			c.pending = append(c.pending, p)
		}
		c.Skipped = append(c.Skipped, p.Skipped...)
		return nil
	})
}

// gather moves the sources and events of the partials Read has analysed
// into c.read, growing its slices once rather than with every document:
// a large corpus has events by the hundred thousand, and copying them
// again and again as the slices grow was much of the cost of reading.
func (c *Corpus) gather() {
	if len(c.pending) == 0 {
		return
	}
	ns, ne := 0, 0
	for _, p := range c.pending {
		ns += len(p.Sources)
		ne += len(p.Events)
	}
	c.read.Sources = slices.Grow(c.read.Sources, ns)
	c.read.Events = slices.Grow(c.read.Events, ne)
	// The partials are copied on all cores, each to its place.
	type at struct{ source, event int }
	starts := make([]at, len(c.pending))
	next := at{len(c.read.Sources), len(c.read.Events)}
	for i, p := range c.pending {
		starts[i] = next
		next.source += len(p.Sources)
		next.event += len(p.Events)
	}
	c.read.Sources, c.read.Events = c.read.Sources[:next.source], c.read.Events[:next.event]
	forParts(len(c.pending), runtime.GOMAXPROCS(0), func(lo, hi int) {
		for i, p := range c.pending[lo:hi] {
			copy(c.read.Sources[starts[lo+i].source:], p.Sources)
			copy(c.read.Events[starts[lo+i].event:], p.Events)
		}
	})
	clear(c.pending)
	c.pending = c.pending[:0]
}

// Stream is Read that keeps nothing: it calls emit with the partial
// timeline of each document (one source and its events) or skipped input,
// in input order, one call at a time, for instance to write each as soon
// as it is known. If emit returns an error, Stream stops and returns it.
// c.Published applies; c.Docs and c.Skipped are left as they are.
func (c *Corpus) Stream(ctx context.Context, inputs iter.Seq[Input], opts Options, emit func(*Partial) error) error {
	return c.StreamEncoded(ctx, inputs, opts, nil, func(p *Partial, _ []byte) error { return emit(p) })
}

// StreamEncoded is Stream that also calls encode on each partial, on the
// goroutine that analysed its document, and hands emit the partial with
// what encode returned. Encoding (PartialWriter.Encode, for one) thus runs
// on all the jobs, and emit, which runs one call at a time, has only to
// write. A nil encode is not called and emit gets nil bytes.
func (c *Corpus) StreamEncoded(ctx context.Context, inputs iter.Seq[Input], opts Options, encode func(*Partial) []byte, emit func(*Partial, []byte) error) error {
	tg := opts.Tagger
	if tg == nil {
		tg = dates.New()
	}
	pull, stop := iter.Pull(inputs)
	defer stop()
	r := &inputReader{ctx: ctx, pull: pull}
	defer r.closeStream()

	var done Progress
	work := func(us []unit) []unitResult {
		res := make([]unitResult, len(us))
		for i, u := range us {
			if ctx.Err() != nil {
				break
			}
			res[i] = c.readUnit(u, tg, opts.DocType)
			if u.kind == unitLine {
				r.bufs.put(u.data)
			}
			if res[i].p != nil && encode != nil {
				res[i].enc = encode(res[i].p)
			}
		}
		return res
	}
	emitUnits := func(batch []unitResult) error {
		for _, res := range batch {
			if err := ctx.Err(); err != nil {
				return err
			}
			done.Docs++
			done.Bytes += res.size
			if opts.Progress != nil {
				opts.Progress(done)
			}
			if res.warn != "" && opts.Warn != nil {
				opts.Warn(res.warn)
			}
			if res.p == nil {
				continue
			}
			if err := emit(res.p, res.enc); err != nil {
				return err
			}
		}
		return nil
	}
	err := parallel.Ordered(jobsOf(opts), r.batch, work, emitUnits)
	if cerr := ctx.Err(); cerr != nil {
		return cerr
	}
	return err
}

// jobsOf is the number of goroutines that analyse documents.
func jobsOf(opts Options) int {
	if opts.Jobs > 0 {
		return opts.Jobs
	}
	return runtime.GOMAXPROCS(0)
}

// unit is one piece of work of Read: a file to read, a JSON line or an
// article read from standard input to parse, or an input to skip; then
// the document to analyse.
type unit struct {
	kind   unitKind
	path   string // the file, "name:N" for a JSON line, "-"
	format InputFormat
	open   func() (io.ReadCloser, error)
	data   []byte // a JSON line, or an article read from a stream
	size   int64  // bytes of input the unit stands for
	reason string // why a unitSkip cannot be used
}

type unitKind int

const (
	unitSkip unitKind = iota
	unitFile
	unitArticle
	unitLine
)

// unitResult is what became of a unit: a partial with its document or
// its skipped input (nil for a unit that gave nothing), and its size.
type unitResult struct {
	p    *Partial
	enc  []byte // what StreamEncoded's encode made of p
	size int64
	warn string // see Options.Warn
}

// readUnit reads, parses and analyses the document of one unit.
func (c *Corpus) readUnit(u unit, tg *dates.Tagger, docType dates.DocType) unitResult {
	res := unitResult{size: u.size}
	skip := func(path, reason string) unitResult {
		res.p = &Partial{Skipped: []SkippedDoc{{Path: path, Reason: reason}}}
		return res
	}
	switch u.kind {
	case unitSkip:
		return skip(u.path, u.reason)
	case unitLine:
		d, reason := jsonlDocument(u.path, u.data)
		if d == nil {
			return skip(u.path, reason)
		}
		res.p = c.analyze(d, tg, docType, noDateField)
		return res
	case unitFile:
		data, err := readAll(u.path, u.open)
		res.size = int64(len(data))
		if err != nil {
			return skip(u.path, IOReason(err))
		}
		u.data = data
	}
	d, err := readArticle(u.path, u.data, u.format)
	if err != nil {
		return skip(u.path, skipReason(err))
	}
	if c.Published.IsZero() {
		res.warn = dateWarning(u.path, d)
	}
	res.p = c.analyze(d, tg, docType, noDateFrontMatter)
	return res
}

// dateWarning says where a document's publication date came from when that
// was a guess: a dateline in its first lines, or a date in its URL; not a
// line labelled as the publication date ("Published: ..."), a header line.
func dateWarning(path string, d *Document) string {
	where := "front matter"
	if d.TextLine == 0 { // a page: its text is not a span of the file
		where = "page metadata"
	}
	date := d.Published.Format("2006-01-02")
	if dl, ok := strings.CutPrefix(d.DateFrom, "dateline: "); ok {
		return fmt.Sprintf("%s: no publication date in its %s; using the dateline %q (%s)", path, where, dl, date)
	}
	if d.DateFrom == "url" {
		return fmt.Sprintf("%s: no publication date in its %s; using the date in its URL (%s)", path, where, date)
	}
	return ""
}

// analyze returns the partial timeline of one document, after applying
// c.Published, or the document as skipped (noDate) if it has no date.
func (c *Corpus) analyze(d *Document, tg *dates.Tagger, docType dates.DocType, noDate string) *Partial {
	if !c.Published.IsZero() {
		d.Published = dayOf(c.Published)
	}
	digestOf := Digest
	if c.NoDigests {
		digestOf = quickKey
	}
	return analyze(d, tg, docType, noDate, digestOf)
}

// quickKey is the key of a text that Read keeps for its Digest when
// Corpus.NoDigests is set: 128 bits of hash/maphash, two sums under seeds
// of this process, in hex after "quick:", so that it cannot pass for a
// digest. Two of a billion different texts have the same key with odds
// of one in 2^69; hashing takes a thirtieth of SHA-256's time.
func quickKey(text string) string {
	seeds := quickSeeds()
	var sum [16]byte
	binary.LittleEndian.PutUint64(sum[:8], maphash.String(seeds[0], text))
	binary.LittleEndian.PutUint64(sum[8:], maphash.String(seeds[1], text))
	return quickPrefix + hex.EncodeToString(sum[:])
}

// quickPrefix starts every quickKey.
const quickPrefix = "quick:"

// quickSeeds are quickKey's seeds, made once per process.
var quickSeeds = sync.OnceValue(func() [2]maphash.Seed {
	return [2]maphash.Seed{maphash.MakeSeed(), maphash.MakeSeed()}
})

// readArticle parses a file or standard input as an article or a page.
func readArticle(path string, data []byte, format InputFormat) (*Document, error) {
	switch format {
	case InputHTML:
		return ReadHTML(path, data)
	case InputText, InputMarkdown:
		return ReadDocument(path, data)
	}
	return ReadAny(path, data)
}

// readAll reads the file at path, or what open opens.
func readAll(path string, open func() (io.ReadCloser, error)) ([]byte, error) {
	if open == nil {
		return os.ReadFile(path)
	}
	rc, err := open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}

// IOReason says why an input cannot be read, without repeating its name:
// "no such file or folder", "permission denied", "cannot read: ...".
func IOReason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		switch {
		case errors.Is(pe.Err, fs.ErrNotExist):
			return "no such file or folder"
		case errors.Is(pe.Err, fs.ErrPermission):
			return "permission denied"
		}
		return fmt.Sprintf("cannot %s: %v", pe.Op, pe.Err)
	}
	return "cannot read: " + err.Error()
}

// inputReader turns inputs into units, in order, on one goroutine: it
// opens JSON-lines corpora and reads them line by line, and leaves the
// reading of other files to the workers.
type inputReader struct {
	ctx  context.Context
	pull func() (Input, bool)

	// The JSON-lines corpus being read, if any.
	stream  io.Closer
	lines   *bufio.Reader
	name    string // its name in line paths: its path, or "stdin"
	n       int    // number of the last line read
	buf     []byte
	pending int64 // bytes of blank lines not yet counted
	bufs    lineBufPool
}

// Units go to the workers in batches of up to batchUnits units, and no
// more units once a batch holds batchUnitBytes bytes of JSON lines (or
// four files): a news article takes a tenth of a millisecond to analyse,
// so that handing over each one on its own cost as much time again in
// waking workers, and a worker that took long left the others waiting
// (the workers' results are taken in order, a few at a time).
const (
	batchUnits     = 16
	batchUnitBytes = 64 << 10
)

// batch returns the next units, for parallel.Ordered: a batch of them, or
// of the ones left, and false at the end.
func (r *inputReader) batch() ([]unit, bool, error) {
	var us []unit
	size := 0
	for len(us) < batchUnits && size < batchUnitBytes {
		u, ok, err := r.next()
		if err != nil {
			return nil, false, err
		}
		if !ok {
			break
		}
		us = append(us, u)
		size += len(u.data)
		if u.kind == unitFile {
			size += batchUnitBytes / 4 // not read yet: a few files make a batch
		}
	}
	return us, len(us) > 0, nil
}

// next returns the next unit.
func (r *inputReader) next() (unit, bool, error) {
	for {
		if err := r.ctx.Err(); err != nil {
			return unit{}, false, err
		}
		if r.lines != nil {
			if u, ok := r.nextLine(); ok {
				return u, true, nil
			}
			continue
		}
		in, ok := r.pull()
		if !ok {
			return unit{}, false, nil
		}
		if u, ok := r.start(in); ok {
			return u, true, nil
		}
	}
}

// start begins an input: it returns the unit of a file or of an input to
// skip, or opens a JSON-lines corpus (ok false: take its lines).
func (r *inputReader) start(in Input) (unit, bool) {
	if in.Skip != "" {
		return unit{kind: unitSkip, path: in.Path, reason: in.Skip}, true
	}
	stdin := in.Path == "-"
	jsonl := in.Format == InputJSONL || in.Format == InputAuto && strings.EqualFold(filepath.Ext(in.Path), ".jsonl")
	if !jsonl && !stdin {
		return unit{kind: unitFile, path: in.Path, format: in.Format, open: in.Open}, true
	}
	var rc io.ReadCloser
	var err error
	if in.Open != nil {
		rc, err = in.Open()
	} else {
		rc, err = os.Open(in.Path)
	}
	if err != nil {
		return unit{kind: unitSkip, path: in.Path, reason: IOReason(err)}, true
	}
	br := bufio.NewReaderSize(rc, 64<<10)
	if !jsonl && !(in.Format == InputAuto && looksLikeJSONL(br)) {
		// An article on standard input: read it whole.
		data, err := io.ReadAll(br)
		rc.Close()
		if err != nil {
			return unit{kind: unitSkip, path: in.Path, reason: "cannot read standard input: " + err.Error(), size: int64(len(data))}, true
		}
		return unit{kind: unitArticle, path: in.Path, format: in.Format, data: data, size: int64(len(data))}, true
	}
	r.stream, r.lines, r.n, r.pending = rc, br, 0, 0
	r.name = in.Path
	if stdin {
		r.name = "stdin"
	}
	return unit{}, false
}

// looksLikeJSONL peeks at the start of a stream: IsJSONL.
func looksLikeJSONL(br *bufio.Reader) bool {
	for n := 512; ; n *= 2 {
		data, err := br.Peek(min(n, br.Size()))
		if trimmed := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\ufeff")), " \t\r\n"); len(trimmed) > 0 {
			return trimmed[0] == '{'
		}
		if err != nil || n >= br.Size() {
			return false
		}
	}
}

// nextLine returns the unit of the next non-blank line of the JSON-lines
// corpus being read, or closes it at its end (ok false).
func (r *inputReader) nextLine() (unit, bool) {
	for {
		line, size, tooLong, err := readLine(r.lines, &r.buf, MaxJSONLine)
		r.pending += int64(size)
		if err != nil && err != io.EOF {
			u := unit{kind: unitSkip, path: r.name, reason: fmt.Sprintf("cannot read past line %d: %v", r.n, err), size: r.pending}
			r.closeStream()
			return u, true
		}
		if err == io.EOF && line == nil {
			r.closeStream()
			return unit{}, false
		}
		r.n++
		if r.n == 1 {
			line = bytes.TrimPrefix(line, []byte("\ufeff"))
		}
		u := unit{kind: unitLine, path: linePath(r.name, r.n), size: r.pending}
		if err == io.EOF {
			r.closeStream()
		}
		switch {
		case tooLong:
			u.kind, u.reason = unitSkip, fmt.Sprintf("line longer than %d MiB", MaxJSONLine>>20)
		case len(bytes.TrimSpace(line)) == 0:
			if r.lines == nil {
				return unit{}, false
			}
			continue
		default:
			u.data = append(r.bufs.get(), line...)
		}
		r.pending = 0
		return u, true
	}
}

// lineBufPool recycles the memory of the JSON lines that the reader hands
// the workers, once a worker has read its document out of one (which
// copies what it keeps): the lines of a corpus are as many bytes as the
// corpus, allocated once each.
type lineBufPool struct{ pool sync.Pool }

// maxLineBuf is the largest line memory kept for another line: a line of
// many megabytes is let go.
const maxLineBuf = 1 << 20

// get returns an empty slice, with the memory of an earlier line if one
// is free.
func (p *lineBufPool) get() []byte {
	if b, ok := p.pool.Get().(*[]byte); ok {
		return (*b)[:0]
	}
	return nil
}

// put gives back the memory of a line no longer needed.
func (p *lineBufPool) put(b []byte) {
	if cap(b) > 0 && cap(b) <= maxLineBuf {
		p.pool.Put(&b)
	}
}

func (r *inputReader) closeStream() {
	if r.stream != nil {
		r.stream.Close()
	}
	r.stream, r.lines = nil, nil
}
