package i18n

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/model/explain"
)

// chinese lists the Chinese catalogs with the model's language for each, so
// that their terms can be checked against the model's own texts.
var chinese = []struct {
	tag  string
	cat  Catalog
	lang explain.Lang
}{
	{"zh-CN", SimplifiedChinese, explain.ZhCN},
	{"zh-TW", TraditionalChinese, explain.ZhTW},
}

// sameAsEnglish lists the keys whose Chinese text may equal the English one,
// each with the reason. Every other text must differ from the English and
// hold at least one Chinese character.
var sameAsEnglish = map[string]string{
	"result.intensity.text": "only the placeholders {value} and {band} and a middle dot",
	"history.step":          "only the placeholders {date} and {title} and a colon (full-width in Chinese)",
	"evidence.single":       "only the placeholders {value} and {unit} and brackets (full-width in Chinese); the unit carries the date",
}

var placeholderRE = regexp.MustCompile(`\{[^{}]*\}`)

// placeholders returns the distinct placeholders of s, sorted.
func placeholders(s string) []string {
	p := placeholderRE.FindAllString(s, -1)
	slices.Sort(p)
	return slices.Compact(p)
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

func TestChineseCatalogsAreRegistered(t *testing.T) {
	for _, c := range chinese {
		if !Supported(c.tag) {
			t.Errorf("Supported(%q) = false", c.tag)
		}
		if got, want := T(c.tag, "band.low"), "低"; got != want {
			t.Errorf("T(%q, band.low) = %q, want %q", c.tag, got, want)
		}
	}
}

func TestChineseKeysMatchEnglish(t *testing.T) {
	for _, c := range chinese {
		for k, en := range English {
			s, ok := c.cat[k]
			switch {
			case !ok:
				t.Errorf("%s: missing %q (English %q)", c.tag, k, en)
				continue
			case strings.TrimSpace(s) == "":
				t.Errorf("%s: %q is empty", c.tag, k)
				continue
			}
			if got, want := placeholders(s), placeholders(en); !slices.Equal(got, want) {
				t.Errorf("%s: %q has placeholders %v, English %v", c.tag, k, got, want)
			}
			if _, ok := sameAsEnglish[k]; ok {
				continue
			}
			if s == en {
				t.Errorf("%s: %q is the English text %q; translate it or add it to sameAsEnglish with a reason", c.tag, k, s)
			} else if !hasHan(s) {
				t.Errorf("%s: %q = %q holds no Chinese character", c.tag, k, s)
			}
		}
		for k := range c.cat {
			if _, ok := English[k]; !ok {
				t.Errorf("%s: extra key %q, not in English", c.tag, k)
			}
		}
	}
}

// TestSameAsEnglishIsJustified checks that every allowed copy of the English
// is free of words: placeholders, digits and punctuation only.
func TestSameAsEnglishIsJustified(t *testing.T) {
	for k, why := range sameAsEnglish {
		en, ok := English[k]
		if !ok {
			t.Errorf("sameAsEnglish: %q is not an English key", k)
			continue
		}
		if why == "" {
			t.Errorf("sameAsEnglish: %q has no reason", k)
		}
		if rest := placeholderRE.ReplaceAllString(en, ""); strings.IndexFunc(rest, unicode.IsLetter) >= 0 {
			t.Errorf("sameAsEnglish: %q = %q has words to translate", k, en)
		}
	}
}

// Pairs of a Traditional character and its Simplified form, chosen so that
// neither form is a standard character of the other script (so 后, 制, 杆,
// 据, 并, 种 and 于, which Traditional texts also use, are left out).
const (
	traditionalOnly = "網國語計這與對時說區應實發開關點體為們資個會學後進過選擇複製載設結鏈連頁碼態勢衛歸權種戰擊測數據圖檔輸將從並還當無處導輪競級強險認識評較動壓圍條議顯視義桿啟離儲運樣於"
	simplifiedOnly  = "网国语计这与对时说区应实发开关点体为们资个会学进过选择复载设结链连页码态势卫归权战击测数图档输将从还当无处导轮竞级强险认识评较动压围条议显视义启离储运样"
)

// mainlandWords are mainland terms that Taiwan writes otherwise (in
// parentheses): a Traditional text holding them was converted, not
// translated.
var mainlandWords = []string{
	"網絡",  // 網路
	"軟件",  // 軟體
	"信息",  // 資訊
	"默認",  // 預設
	"鏈接",  // 連結
	"加載",  // 載入
	"服務器", // 伺服器
	"視頻",  // 影片
	"屏幕",  // 螢幕
	"刷新",  // 重新整理
	"設置",  // 設定
	"點擊",  // 點選
	"菜單",  // 選單
	"代碼",  // 程式碼
	"導出",  // 匯出
	"導入",  // 匯入
	"自定義", // 自訂
	"運行",  // 執行, 運作
	"質量",  // 品質
}

func TestChineseScripts(t *testing.T) {
	for k, s := range SimplifiedChinese {
		if i := strings.IndexAny(s, traditionalOnly); i >= 0 {
			t.Errorf("zh-CN: %q holds the Traditional character %q: %q", k, []rune(s[i:])[0], s)
		}
		if i := strings.IndexAny(s, "「」『』〈〉"); i >= 0 {
			t.Errorf("zh-CN: %q uses Taiwan's quotation mark %q; mainland texts use “” and 《》", k, []rune(s[i:])[0])
		}
	}
	for k, s := range TraditionalChinese {
		if i := strings.IndexAny(s, simplifiedOnly); i >= 0 {
			t.Errorf("zh-TW: %q holds the Simplified character %q: %q", k, []rune(s[i:])[0], s)
		}
		for _, w := range mainlandWords {
			if strings.Contains(s, w) {
				t.Errorf("zh-TW: %q uses the mainland term %q: %q", k, w, s)
			}
		}
		if i := strings.IndexAny(s, "“”‘’"); i >= 0 {
			t.Errorf("zh-TW: %q uses the quotation mark %q; Taiwan uses 「」", k, []rune(s[i:])[0])
		}
	}
}

func TestScriptListsArePairs(t *testing.T) {
	// A character in both lists would make one of the checks above
	// impossible to pass.
	for _, r := range simplifiedOnly {
		if strings.ContainsRune(traditionalOnly, r) {
			t.Errorf("%q is in both traditionalOnly and simplifiedOnly", r)
		}
	}
}

// TestChineseTermsMatchTheModel checks that the page's own labels name the
// postures, inputs, presets and Posen's conditions exactly as the model's
// explanations (model/explain) do, so that a reader meets one term for one
// thing. (The names of the worlds and bands are model/explain's own texts,
// which T falls back to.)
func TestChineseTermsMatchTheModel(t *testing.T) {
	for _, c := range chinese {
		check := func(key, want string) {
			t.Helper()
			if got := c.cat[key]; got != want {
				t.Errorf("%s: %q = %q, model/explain says %q", c.tag, key, got, want)
			}
		}
		for _, w := range model.Worlds {
			if got, want := T(c.tag, "world."+w.String()), explain.WorldName(c.lang, w); got != want {
				t.Errorf("%s: T(world.%s) = %q, model/explain says %q", c.tag, w, got, want)
			}
		}
		check("posture.offense.label", explain.PostureName(c.lang, model.Offense))
		check("posture.defense.label", explain.PostureName(c.lang, model.Defense))
		check("posture.us", explain.SideName(c.lang, "us"))
		check("posture.china", explain.SideName(c.lang, "china"))
		for _, p := range model.Params {
			check("input."+p.Key+".label", explain.InputName(c.lang, p.Key))
		}
		check("preset.label", explain.InputName(c.lang, "preset"))
		for _, p := range explain.Presets(c.lang) {
			check("preset."+p.ID, p.Name)
		}
		for _, cond := range explain.PosenConditions(c.lang, model.Posen{}) {
			key := "posen." + cond.ID + ".text"
			if got := c.cat[key]; !strings.HasPrefix(got, cond.Text+"：") {
				t.Errorf("%s: %q = %q does not start with the model's name %q", c.tag, key, got, cond.Text+"：")
			}
		}
	}
}

// TestChineseQuotesOnlyWhereEnglishQuotes: a Chinese text puts quotation
// marks only where the English one does (the paper's own words, a value
// the reader typed): never around a button's label, a section's name or a
// scenario's name, which the English writes bare.
func TestChineseQuotesOnlyWhereEnglishQuotes(t *testing.T) {
	for lang, cat := range map[string]Catalog{"zh-CN": SimplifiedChinese, "zh-TW": TraditionalChinese} {
		for k, s := range cat {
			if !strings.ContainsAny(s, "“”「」『』") {
				continue
			}
			if !strings.ContainsAny(English[k], "“”\"") {
				t.Errorf("%s: %q quotes what the English (%q) does not: %q", lang, k, English[k], s)
			}
		}
	}
}
