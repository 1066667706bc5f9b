package datafile

import (
	"reflect"
	"testing"
)

func TestLines(t *testing.T) {
	data := "# comment\nfirst\n\n[title]\n  Sen.  \n[other]\nAug.\n"
	var got []Line
	for l := range Lines(data) {
		got = append(got, l)
	}
	want := []Line{{2, "", "first"}, {5, "title", "Sen."}, {7, "other", "Aug."}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
	for range Lines(data) {
		break // stopping early must not panic
	}
}
