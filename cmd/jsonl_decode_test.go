package cmd

import (
	"encoding/json"
	"reflect"
	"testing"
)

var decodeCases = []struct {
	line string
	fast bool // whether the one-pass decoder answers
}{
	{`{"id":"a","text":"last month","published":"2016-08-26"}`, true},
	{` { "id" : 7 , "text" : "tab\there \"quoted\" \u00e9 \/ \\ \n" } `, true},
	{`{"id":-1.5e3,"text":"","extra":true,"more":null,"n":0}`, true},
	{`{"id":null,"text":"x","text":"y"}`, true},
	{`{}`, true},
	{`{"text":"caf\u00e9 ’ 日本"}`, true},
	{`{"te\u0078t":"escaped key","id":1}`, true},
	{`{"id":{"a":1},"text":"x"}`, false},
	{`{"text":"\ud83d\ude00"}`, false},
	{`{"Text":"x"}`, false},
	{`{"text":null}`, false},
	{`{"text":5}`, false},
	{"{\"text\":\"bad \xff byte\"}", false},
	{`{"text":"x"`, false},
	{`{"text":"x"} y`, false},
	{`{"id":01}`, false},
	{`[1]`, false},
	{`{"text":"ctl` + "\x01" + `"}`, false},
}

// TestDecodeInput checks the one-pass decoder against encoding/json on
// lines it answers, and that it leaves the others to encoding/json.
func TestDecodeInput(t *testing.T) {
	for _, c := range decodeCases {
		var got jsonlInput
		fast := decodeInput([]byte(c.line), &got)
		if fast != c.fast {
			t.Errorf("%q: one-pass answered %v, want %v", c.line, fast, c.fast)
		}
		checkDecode(t, c.line, fast, got)
	}
}

func checkDecode(t *testing.T, line string, fast bool, got jsonlInput) {
	t.Helper()
	if !fast {
		return
	}
	var want jsonlInput
	if err := json.Unmarshal([]byte(line), &want); err != nil {
		t.Fatalf("%q: one-pass decoded a line encoding/json rejects: %v", line, err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%q: one-pass %+v, encoding/json %+v", line, got, want)
	}
}

func FuzzDecodeInput(f *testing.F) {
	for _, c := range decodeCases {
		f.Add(c.line)
	}
	f.Fuzz(func(t *testing.T, line string) {
		var got jsonlInput
		fast := decodeInput([]byte(line), &got)
		checkDecode(t, line, fast, got)
	})
}

func BenchmarkDecodeInput(b *testing.B) {
	line := []byte(`{"id":"APW19980807.0261.tml","text":"\n\nNAIROBI, Kenya (AP) _\n\nSuspected bombs exploded outside the U.S. embassies in the Kenyan and Tanzanian capitals Friday, killing dozens of people, witnesses said.\n\nThe American ambassador to Kenya was among hundreds injured, a local TV said.","published":"1998-08-07"}`)
	b.SetBytes(int64(len(line)))
	for i := 0; i < b.N; i++ {
		var in jsonlInput
		if !decodeInput(line, &in) {
			b.Fatal("not decoded")
		}
	}
}
