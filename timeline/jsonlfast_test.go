package timeline

import (
	"encoding/json"
	"reflect"
	"testing"
)

// FuzzJSONLDecode checks the one-pass decoder of corpus lines against
// json.Unmarshal wherever it answers.
func FuzzJSONLDecode(f *testing.F) {
	for _, s := range []string{
		`{"id":"a1","title":"T","text":"Kerry met Lavrov.\nOn Friday.","published":"2016-08-26","url":"https://x.org/a","source":"AP"}`,
		`{"id":7,"text":"x","extra":[1,2]}`,
		`{"Text":"x"}`, `{"text":null}`, `{"id":{"a":1}}`, `{"text":"\u00e9\ud83d\ude00"}`, `{}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		var got jsonlDoc
		if !got.decodeFast([]byte(line)) {
			return
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
