package entity

import (
	"slices"
	"strings"
	"testing"
)

// Actors that SameActor deems the same share a match key.
func TestMatchKeys(t *testing.T) {
	names := []string{
		"John Kerry", "Kerry", "kerry", "J. Kerry", "Jon Kerry", "Secretary Kerry", "Sergey Lavrov", "Sergei Lavrov",
		"Lavrov", "Bashar al-Assad", "Assad", "al-Assad", "AL-ASSAD", "Bashar Assad", "Mohammed bin Salman",
		"Muhammad bin Salman", "United Nations", "U.N.", "UN", "the United Nations", "Russia", "Russian Federation",
		"Moscow", "the United States", "United States", "U.S.", "US", "America", "Washington", "Kremlin",
		"State Department", "Straße", "STRASSE", "straße", "Ǆemal", "ǆemal", "Kelvin", "\u212aelvin", " ", "",
		"the", "The Hague", "Hague", "Lula", "Luiz Inacio Lula da Silva", "Lula da Silva", "Inacio",
	}
	var actors []Actor
	for _, n := range names {
		for _, typ := range []string{Person, State, Organization, ""} {
			actors = append(actors, Actor{Name: n, Type: typ})
		}
	}
	for _, a := range actors {
		ka := MatchKeys(a)
		if !slices.IsSorted(ka) {
			t.Errorf("MatchKeys(%+v) = %q, not sorted", a, ka)
		}
		for _, b := range actors {
			if !SameActor(a, b) {
				continue
			}
			kb := MatchKeys(b)
			if !slices.ContainsFunc(ka, func(k string) bool { return slices.Contains(kb, k) }) {
				t.Errorf("SameActor(%+v, %+v), but keys %q and %q share none", a, b, ka, kb)
			}
		}
	}
}

func TestFoldKey(t *testing.T) {
	words := []string{"Kerry", "KERRY", "kerry", "\u212aerry", "Straße", "STRASSE", "ſtraße", "Ǆ", "ǅ", "ǆ", "\xff", "\ufffd", ""}
	for _, a := range words {
		for _, b := range words {
			if got, want := FoldKey(a) == FoldKey(b), strings.EqualFold(a, b); got != want {
				t.Errorf("FoldKey(%q) == FoldKey(%q) is %v, EqualFold %v", a, b, got, want)
			}
		}
	}
}

func BenchmarkMatchKeys(b *testing.B) {
	var actors []Actor
	size := 0
	for _, n := range oracleNames {
		for _, typ := range []string{Person, State, Organization} {
			actors = append(actors, Actor{Name: n, Type: typ})
			size += len(n)
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range actors {
			MatchKeys(a)
		}
	}
}
