package jsonline

import "testing"

func TestFlat(t *testing.T) {
	ms, ok := Flat([]byte(` {"id": 12, "text": "a\nb \"c\" \u00e9", "x": null, "y": -0.5e+2} `), nil)
	if !ok || len(ms) != 4 {
		t.Fatalf("got %v %+v", ok, ms)
	}
	want := []Member{
		{Key: "id", Raw: []byte("12")},
		{Key: "text", Raw: []byte(`"a\nb \"c\" \u00e9"`), Str: "a\nb \"c\" é", IsString: true},
		{Key: "x", Raw: []byte("null")},
		{Key: "y", Raw: []byte("-0.5e+2")},
	}
	for i, m := range ms {
		w := want[i]
		if m.Key != w.Key || string(m.Raw) != string(w.Raw) || m.Str != w.Str || m.IsString != w.IsString {
			t.Errorf("member %d: got %+v, want %+v", i, m, w)
		}
	}
}

// TestFlatDeclines lists lines Flat leaves to encoding/json: not flat,
// not plain, or not JSON.
func TestFlatDeclines(t *testing.T) {
	for _, line := range []string{
		``, `[]`, `{"a":[1]}`, `{"a":{"b":1}}`, `{"a":"\ud800"}`, "{\"a\":\"\xff\"}", `{"a":1,}`,
		`{"a" 1}`, `{"a":01}`, `{"a":1.}`, `{"a":-}`, `{"a":tru}`, `{"a":"x\q"}`, `{"a":1} x`, `{a:1}`,
	} {
		if _, ok := Flat([]byte(line), nil); ok {
			t.Errorf("%q: decoded; want it left to encoding/json", line)
		}
	}
}
