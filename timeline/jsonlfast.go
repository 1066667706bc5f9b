package timeline

import "github.com/timelinehq/timeline/internal/jsonline"

// decodeFast decodes a plain corpus line in one pass, as json.Unmarshal
// would; it returns false when json.Unmarshal must decide (see
// internal/jsonline).
func (in *jsonlDoc) decodeFast(line []byte) bool {
	return jsonline.Decode(line, in.fields())
}

// fields lists the members of jsonlDoc by their JSON names, pointing at
// in's fields. It must name every field the struct tags of jsonlDoc and
// jsonlAliases name, and no other (TestJSONLFieldsMatchTags).
func (in *jsonlDoc) fields() []jsonline.Field {
	return []jsonline.Field{
		{Name: "id", Raw: (*[]byte)(&in.ID)},
		{Name: "title", Str: &in.Title},
		{Name: "text", Str: &in.Text},
		{Name: "published", Str: &in.Published},
		{Name: "url", Str: &in.URL},
		{Name: "source", Str: &in.Source},
		{Name: "headline", Raw: (*[]byte)(&in.Headline)},
		{Name: "body", Raw: (*[]byte)(&in.Body)},
		{Name: "content", Raw: (*[]byte)(&in.Content)},
		{Name: "maintext", Raw: (*[]byte)(&in.MainText)},
		{Name: "date", Raw: (*[]byte)(&in.Date)},
		{Name: "published_at", Raw: (*[]byte)(&in.PublishedAt)},
		{Name: "publishedAt", Raw: (*[]byte)(&in.PublishedAtJS)},
		{Name: "publish_date", Raw: (*[]byte)(&in.PublishDate)},
		{Name: "date_publish", Raw: (*[]byte)(&in.DatePublish)},
		{Name: "pub_date", Raw: (*[]byte)(&in.PubDate)},
		{Name: "pubDate", Raw: (*[]byte)(&in.PubDateJS)},
		{Name: "datePublished", Raw: (*[]byte)(&in.DatePublished)},
		{Name: "link", Raw: (*[]byte)(&in.Link)},
	}
}
