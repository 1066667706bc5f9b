package timeline

import "github.com/timelinehq/timeline/internal/jsonline"

// decodeFast decodes a plain corpus line in one pass, as json.Unmarshal
// would; it returns false when json.Unmarshal must decide (see
// internal/jsonline).
func (in *jsonlDoc) decodeFast(line []byte) bool {
	return jsonline.Decode(line, []jsonline.Field{
		{Name: "id", Raw: (*[]byte)(&in.ID)},
		{Name: "title", Str: &in.Title},
		{Name: "text", Str: &in.Text},
		{Name: "published", Str: &in.Published},
		{Name: "url", Str: &in.URL},
		{Name: "source", Str: &in.Source},
	})
}
