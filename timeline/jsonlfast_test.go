package timeline

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzJSONLDecode checks the one-pass decoder of corpus lines against
// json.Unmarshal wherever it answers.
func FuzzJSONLDecode(f *testing.F) {
	for _, s := range []string{
		`{"id":"a1","title":"T","text":"Kerry met Lavrov.\nOn Friday.","published":"2016-08-26","url":"https://x.org/a","source":"AP"}`,
		`{"id":7,"text":"x","extra":[1,2]}`,
		`{"Text":"x"}`, `{"text":null}`, `{"id":{"a":1}}`, `{"text":"\u00e9\ud83d\ude00"}`, `{}`,
		`{"body":"x","date":"2016-08-26","publishedAt":7,"content":{"a":1},"headline":null,"link":"\u00e9"}`,
		`{"maintext":"x","Date_Publish":"2016-08-26","PUBDATE":"x"}`,
		"{\"text\":\"caf\xe9\"}", "{\"te\xffxt\":\"x\"}", "{\"text\":\"x\"} \xff", "{\"text\":\"a\\n\xc3\"}",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		var got jsonlDoc
		if !got.decodeFast([]byte(line)) {
			return
		}
		if !utf8.ValidString(line) {
			t.Fatalf("%q: decoded a line that is not UTF-8 (jsonlDocument counts on it)", line)
		}
		var want jsonlDoc
		if err := json.Unmarshal([]byte(line), &want); err != nil {
			t.Fatalf("%q: decoded a line json.Unmarshal rejects: %v", line, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: one pass %+v, json.Unmarshal %+v", line, got, want)
		}
	})
}

// FuzzJSONLID checks the ID of a corpus line's document against what
// encoding/json reads in its "id".
func FuzzJSONLID(f *testing.F) {
	for _, s := range []string{
		`{"id":"a1","text":"x"}`, `{"id":" a\"b ","text":"x"}`, `{"id":"\u00e9","text":"x"}`,
		`{"id":"","text":"x"}`, `{"id":12,"text":"x"}`, `{"id":"é\\n","text":"x"}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		d, _ := jsonlDocument("f:1", []byte(line))
		if d == nil {
			return
		}
		var in struct{ ID json.RawMessage }
		if err := json.Unmarshal([]byte(line), &in); err != nil {
			t.Fatalf("%q: a document of a line json.Unmarshal rejects: %v", line, err)
		}
		var s string
		if json.Unmarshal(in.ID, &s) != nil {
			return // not a string
		}
		want := strings.TrimSpace(s)
		if want == "" {
			want = "f:1"
		}
		if d.ID != want {
			t.Errorf("%q: ID %q, want %q", line, d.ID, want)
		}
	})
}

// TestJSONLFieldsMatchTags checks that the one-pass decoder reads the
// members json.Unmarshal reads, in the order the struct declares them, so
// that an alias added to one is not missed by the other.
func TestJSONLFieldsMatchTags(t *testing.T) {
	var tags []string
	var walk func(reflect.Type)
	walk = func(typ reflect.Type) {
		for i := 0; i < typ.NumField(); i++ {
			f := typ.Field(i)
			if f.Anonymous {
				walk(f.Type)
				continue
			}
			tags = append(tags, f.Tag.Get("json"))
		}
	}
	walk(reflect.TypeOf(jsonlDoc{}))
	var in jsonlDoc
	var names []string
	for _, f := range in.fields() {
		names = append(names, f.Name)
	}
	if !reflect.DeepEqual(names, tags) {
		t.Errorf("decodeFast reads %q;\nthe struct tags name %q", names, tags)
	}
}
