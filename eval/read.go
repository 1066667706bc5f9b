package eval

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// Format is the annotation scheme of a document.
type Format int

const (
	// TimeML marks expressions with TIMEX3 (type, value, mod).
	TimeML Format = iota
	// TIMEX2 marks expressions with TIMEX2 (val, mod, set); types are
	// inferred from values.
	TIMEX2
)

func (f Format) String() string {
	if f == TIMEX2 {
		return "TIMEX2"
	}
	return "TimeML"
}

// The four TIMEX3 types.
const (
	Date     = "DATE"
	Time     = "TIME"
	Duration = "DURATION"
	Set      = "SET"
)

// Timex is one temporal expression in a document, gold or found by a system.
type Timex struct {
	Start, End int    // byte offsets into Doc.Text, End exclusive
	Text       string // Doc.Text[Start:End]
	Type       string // DATE, TIME, DURATION or SET
	Value      string // TIMEX3 value, e.g. 1998-01-08, P2Y; "" when there is none
	Mod        string // START, END, APPROX ...; "" for none
	Rule       string // for a system expression, the rule that found it
}

// Doc is an annotated document.
type Doc struct {
	ID     string // the DOCID element, else the file name without extensions
	Path   string // the file it was read from
	Format Format
	Text   string    // text content of the <TEXT> element
	Anchor time.Time // date of the document creation time, midnight UTC
	Gold   []Timex   // the outermost non-empty expressions in Text, in text order
}

// ParseError is a file that could not be read as an annotated document.
type ParseError struct {
	Path string
	Line int // 1-based; 0 when the problem is not at one place
	Err  error
}

func (e *ParseError) Error() string {
	msg := e.Err.Error()
	switch se, ok := e.Err.(*xml.SyntaxError); {
	case ok:
		msg = "malformed XML: " + se.Msg
	case errors.Is(e.Err, fs.ErrNotExist):
		msg = "no such file or folder" // as timeline build says it
	case errors.Is(e.Err, fs.ErrPermission):
		msg = "permission denied"
	}
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, msg)
}

func (e *ParseError) Unwrap() error { return e.Err }

// ReadFile reads the TimeML or TIMEX2 document at path. Errors are
// *ParseError values naming the file and, for malformed XML, the line.
func ReadFile(path string) (*Doc, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		if pe, ok := errors.AsType[*fs.PathError](err); ok {
			err = pe.Err
		}
		return nil, &ParseError{Path: path, Err: err}
	}
	return Parse(path, data)
}

// ReadPaths reads the files and folders at paths; a folder is read
// recursively for .tml and .xml files. Documents come sorted by path, each
// file once. Files that cannot be read are skipped: skipped holds their
// errors, in path order, and the other files are still read.
func ReadPaths(paths []string) (docs []*Doc, skipped []error) {
	type failure struct {
		path string
		err  error
	}
	var files []string
	var fails []failure
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			if pe, ok := errors.AsType[*fs.PathError](err); ok {
				err = pe.Err
			}
			fails = append(fails, failure{p, &ParseError{Path: p, Err: err}})
			continue
		}
		if !fi.IsDir() {
			files = append(files, p)
			continue
		}
		n := len(files)
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				fails = append(fails, failure{path, &ParseError{Path: path, Err: err}})
				return nil
			}
			if !d.IsDir() && isAnnotated(path) {
				files = append(files, path)
			}
			return nil
		})
		if err == nil && len(files) == n {
			err = errors.New("no .tml or .xml files in this folder")
		}
		if err != nil {
			fails = append(fails, failure{p, &ParseError{Path: p, Err: err}})
		}
	}
	slices.Sort(files)
	files = slices.Compact(files)
	for _, f := range files {
		doc, err := ReadFile(f)
		if err != nil {
			fails = append(fails, failure{f, err})
			continue
		}
		docs = append(docs, doc)
	}
	slices.SortStableFunc(fails, func(a, b failure) int { return strings.Compare(a.path, b.path) })
	for _, f := range fails {
		skipped = append(skipped, f.err)
	}
	return docs, skipped
}

// isAnnotated reports whether a file found in a folder is read.
func isAnnotated(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return ext == ".tml" || ext == ".xml"
}

// Parse reads a TimeML or TIMEX2 document from data; path names it in Doc
// and in errors. The format is TIMEX2 when the file holds TIMEX2 elements,
// else TimeML; a file with both is an error.
func Parse(path string, data []byte) (*Doc, error) {
	fail := func(line int, format string, args ...any) error {
		return &ParseError{Path: path, Line: line, Err: fmt.Errorf(format, args...)}
	}
	type open struct {
		start int
		attr  []xml.Attr
		name  string
	}
	var (
		text      strings.Builder
		stack     []string // names of the open elements
		textDepth = -1     // len(stack) inside <TEXT>, -1 outside
		textSeen  bool
		timexes   []open // open TIMEX elements inside <TEXT>
		gold      []Timex
		id        strings.Builder
		dct       string // value of the creation time
		dctLine   int
		dctSeen   bool
		seen      = map[string]bool{} // names of the elements seen
	)
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Entity = xml.HTMLEntity
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			line, _ := d.InputPos()
			if se, ok := errors.AsType[*xml.SyntaxError](err); ok {
				line = se.Line
			}
			return nil, &ParseError{Path: path, Line: line, Err: err}
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := t.Name.Local
			line, _ := d.InputPos()
			seen[name] = true
			switch {
			case name == "TEXT" && textDepth < 0:
				if textSeen {
					return nil, fail(line, "a second <TEXT> element: a document has one")
				}
				textSeen = true
				textDepth = len(stack) + 1
			case (name == "TIMEX3" || name == "TIMEX2") && textDepth >= 0:
				timexes = append(timexes, open{text.Len(), t.Attr, name})
			}
			if !dctSeen && (name == "TIMEX3" && attr(t.Attr, "functionInDocument") == "CREATION_TIME" ||
				name == "TIMEX2" && slices.Contains(stack, "DATETIME")) {
				dctSeen, dctLine = true, line
				dct = attr(t.Attr, "value")
				if name == "TIMEX2" {
					dct = attr(t.Attr, "val")
				}
			}
			stack = append(stack, name)
		case xml.EndElement:
			name := t.Name.Local
			inside := textDepth >= 0 && len(stack) > textDepth
			if inside && (name == "TIMEX3" || name == "TIMEX2") && len(timexes) > 0 {
				o := timexes[len(timexes)-1]
				timexes = timexes[:len(timexes)-1]
				// Score the outermost only, and only if it holds text: an
				// empty TIMEX3 is a non-consuming (implicit) expression.
				if len(timexes) == 0 && text.Len() > o.start {
					gold = append(gold, timex(o.name, o.attr, text.String(), o.start, text.Len()))
				}
			}
			if len(stack) == textDepth {
				textDepth = -1
			}
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if textDepth >= 0 {
				text.Write(t)
			}
			if len(stack) > 0 && stack[len(stack)-1] == "DOCID" {
				id.Write(t)
			}
		}
	}
	switch {
	case len(seen) == 0:
		return nil, fail(0, "not an XML document: no root element")
	case !textSeen:
		return nil, fail(0, "no <TEXT> element: the document text must be inside <TEXT>...</TEXT>")
	case seen["TIMEX2"] && seen["TIMEX3"]:
		return nil, fail(0, "mixes TIMEX2 and TIMEX3 elements: use one annotation scheme per file")
	case !dctSeen:
		return nil, fail(0, `no document creation time: expected <TIMEX3 functionInDocument="CREATION_TIME" value="..."> (TimeML) or <DATETIME><TIMEX2 val="..."> (TIMEX2)`)
	}
	anchor, ok := parseDay(dct)
	if !ok {
		return nil, fail(dctLine, "document creation time %q is not a date: want YYYY-MM-DD, optionally followed by a time", dct)
	}
	format := TimeML
	if seen["TIMEX2"] {
		format = TIMEX2
	}
	docID := strings.TrimSpace(id.String())
	if docID == "" {
		docID = baseName(path)
	}
	return &Doc{ID: docID, Path: path, Format: format, Text: text.String(), Anchor: anchor, Gold: gold}, nil
}

// timex builds a gold expression from the attributes of a TIMEX3 or TIMEX2
// element spanning text[start:end].
func timex(name string, attrs []xml.Attr, text string, start, end int) Timex {
	t := Timex{Start: start, End: end, Text: text[start:end], Mod: attr(attrs, "mod")}
	if name == "TIMEX3" {
		t.Type, t.Value = attr(attrs, "type"), attr(attrs, "value")
	} else {
		t.Value = attr(attrs, "val")
		t.Type = InferType(t.Value, strings.EqualFold(attr(attrs, "set"), "YES"))
	}
	return t
}

// InferType gives a TIMEX2 value the TIMEX3 type it would have: SET when set
// is true or the value is like XXXX-WXX-5, DURATION for P... (P2Y, PXM,
// PT3H), TIME for a value with a time of day (1998-01-08T12:00, ...TNI), else
// DATE (including PRESENT_REF, PAST_REF and FUTURE_REF). It is a heuristic:
// type scores on TIMEX2 data are only indicative.
func InferType(value string, set bool) string {
	v := strings.ToUpper(value)
	switch {
	case set || strings.HasPrefix(v, "XXXX-WXX"):
		return Set
	case len(v) > 1 && v[0] == 'P' && (v[1] >= '0' && v[1] <= '9' || v[1] == 'X' || v[1] == 'T'):
		return Duration
	case strings.HasSuffix(v, "_REF"):
		return Date
	case strings.Contains(v, "T"):
		return Time
	}
	return Date
}

// attr returns the value of the attribute named name, or "".
func attr(attrs []xml.Attr, name string) string {
	for _, a := range attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// parseDay reads the date at the start of a TIMEX value such as 1998-01-08
// or 1998-01-08T12:00.
func parseDay(v string) (time.Time, bool) {
	v = strings.TrimSpace(v)
	if len(v) < len(time.DateOnly) || len(v) > len(time.DateOnly) && v[len(time.DateOnly)] != 'T' {
		return time.Time{}, false
	}
	t, err := time.Parse(time.DateOnly, v[:len(time.DateOnly)])
	return t, err == nil
}

// baseName is the file name of path without its extensions (.tml, .key.xml).
func baseName(path string) string {
	base := filepath.Base(path)
	for _, ext := range []string{".tml", ".key.xml", ".xml"} {
		if s, ok := strings.CutSuffix(base, ext); ok && s != "" {
			return s
		}
	}
	return base
}
