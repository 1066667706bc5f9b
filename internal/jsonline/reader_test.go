package jsonline

import (
	"encoding/json"
	"reflect"
	"testing"
	"unsafe"
)

// readAny reads the JSON text on line with a Reader into the values
// encoding/json makes of it (map[string]any, []any, string, float64, bool)
// and reports whether the Reader read it all.
func readAny(line []byte) (any, bool) {
	var r Reader
	r.Reset(line)
	v := readValue(&r)
	return v, r.End()
}

func readValue(r *Reader) any {
	r.p.space()
	if r.p.i >= len(r.p.b) {
		r.Fail()
		return nil
	}
	switch c := r.p.b[r.p.i]; {
	case c == '{':
		m := map[string]any{}
		for key := range r.Members() {
			m[string(key)] = readValue(r)
		}
		return m
	case c == '[':
		a := []any{}
		for range r.Elements() {
			a = append(a, readValue(r))
		}
		return a
	case c == '"':
		return r.String()
	case c == 't' || c == 'f':
		return r.Bool()
	default:
		return float64(r.Int())
	}
}

func TestReader(t *testing.T) {
	line := ` { "a" : [ 1 , -20, 0 ] , "b":{"c":true,"d":false,"e":{}},"f":[],"g":"x\n\"\u00e9\"é","h":[{"i":""}] , "j\u0020k":"" } `
	got, ok := readAny([]byte(line))
	var want any
	if err := json.Unmarshal([]byte(line), &want); err != nil {
		t.Fatal(err)
	}
	if !ok || !reflect.DeepEqual(got, want) {
		t.Errorf("got %v (%v), want %v", got, ok, want)
	}
}

// TestReaderDeclines lists texts a Reader leaves to encoding/json: not
// plain, or not JSON.
func TestReaderDeclines(t *testing.T) {
	for _, line := range []string{
		``, ` `, `{`, `{"a":1`, `{"a":1,}`, `{,"a":1}`, `{"a" 1}`, `{"a":1 "b":2}`, `[1,]`, `[,1]`, `[1 2]`,
		`{"a":null}`, `{"a":1.5}`, `{"a":1e2}`, `{"a":01}`, `{"a":-}`, `{"a":1234567890123456789}`,
		`{"a":tru}`, `{"a":"\ud800"}`, "{\"a\":\"\xff\"}", "{\"a\":\"\x01\"}", `{"a":"x\q"}`, `{"a":"x`,
		`{"a":1} x`, `{a:1}`, `"x"y`,
	} {
		if v, ok := readAny([]byte(line)); ok {
			t.Errorf("%q: read as %v; want it left to encoding/json", line, v)
		}
	}
}

// What a Reader reads, encoding/json reads the same; a Reader reads every
// string and integer that encoding/json writes.
func FuzzReader(f *testing.F) {
	for _, s := range []string{`{"a":[1,-2,{"b":"c\"\\\/\b\f\n\r\tä\u00e9"}],"d":true}`, `[]`, `{}`, `"\u2028"`, `{"a":"b"} `, `-0`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		got, ok := readAny(line)
		if ok {
			var want any
			if err := json.Unmarshal(line, &want); err != nil {
				t.Fatalf("a Reader reads %q as %v; encoding/json: %v", line, got, err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%q: a Reader reads %#v, encoding/json %#v", line, got, want)
			}
		}
		s := string(line)
		b, err := json.Marshal([]any{s, len(line), -len(line)})
		if err != nil {
			t.Fatal(err)
		}
		var r Reader
		r.Reset(b)
		var strs []string
		var ints []int
		for range r.Elements() {
			if strs == nil {
				strs = append(strs, r.String())
			} else {
				ints = append(ints, r.Int())
			}
		}
		var want string
		json.Unmarshal(b, &[]any{&want}) // invalid UTF-8 became U+FFFD
		if !r.End() || strs[0] != want || ints[0] != len(line) || ints[1] != -len(line) {
			t.Errorf("%s: read %q %v (%v), want %q %d", b, strs, ints, r.End(), want, len(line))
		}
	})
}

// Expect and Accept read the text they are given, and only that: on a
// text that goes on otherwise, or ends before, Expect fails the Reader
// and Accept leaves it as it was; after a failure, neither reads.
func TestReaderExpect(t *testing.T) {
	var r Reader
	r.Reset([]byte(`{"a":"x","b":[]}`))
	if !r.Expect(`{"a":`) || r.String() != "x" || r.Accept(`,"c":`) || !r.Expect(`,"b":[`) || !r.Accept(`]`) || !r.Expect(`}`) || !r.End() {
		t.Errorf("Expect and Accept do not read the text they are given")
	}
	for _, tc := range []struct{ line, lit string }{
		{`{"a":1}`, `{"b":`},      // another name
		{`{ "a":1}`, `{"a":`},     // white space
		{`{"\u0061":1}`, `{"a":`}, // an escape
		{`{"a"`, `{"a":`},         // the text ends first
	} {
		r.Reset([]byte(tc.line))
		if r.Accept(tc.lit) || r.End() {
			t.Errorf("%s: Accept(%s) reads it", tc.line, tc.lit)
		}
		if !r.Expect(`{`) {
			t.Errorf("%s: a failed Accept fails the Reader", tc.line)
		}
		r.Reset([]byte(tc.line))
		if r.Expect(tc.lit) || r.Expect(`{`) || r.End() {
			t.Errorf("%s: Expect(%s) reads it, or does not fail the Reader", tc.line, tc.lit)
		}
	}
	r.Reset([]byte(`{"a":1}`))
	r.Fail()
	if r.Accept(`{"a":`) || r.Expect(`{"a":`) {
		t.Errorf("a failed Reader reads")
	}
}

// Same reads what String reads, and gives prev itself when that is what
// it reads; a string repeated with a byte that JSON must escape (a tab)
// fails the Reader as String does.
func TestReaderSame(t *testing.T) {
	for _, tc := range []struct {
		line, prev, want string
		ok               bool
	}{
		{`["Kerry met Lavrov."]`, "Kerry met Lavrov.", "Kerry met Lavrov.", true},
		{`["Kerry met Lavrov"]`, "Kerry met Lavrov.", "Kerry met Lavrov", true},
		{`["Kerry"]`, "Kerry met Lavrov.", "Kerry", true},
		{`[""]`, "", "", true},
		{`["a\tb"]`, "a\tb", "a\tb", true},
		{"[\"a\tb\"]", "a\tb", "", false},
		{`["é"]`, "é", "é", true},
		{`["Kerry`, "Kerry", "", false},
	} {
		var r Reader
		r.Reset([]byte(tc.line))
		var got string
		for range r.Elements() {
			got = r.Same(tc.prev)
		}
		if ok := r.End(); got != tc.want || ok != tc.ok {
			t.Errorf("%s: Same(%q) = %q (%v), want %q (%v)", tc.line, tc.prev, got, ok, tc.want, tc.ok)
		}
		if tc.ok && got == tc.prev && unsafe.StringData(got) != unsafe.StringData(tc.prev) && len(got) > 0 {
			t.Errorf("%s: Same(%q) is a copy, not prev", tc.line, tc.prev)
		}
	}
}
