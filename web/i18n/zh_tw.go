package i18n

// TraditionalChinese is the Traditional Chinese catalog (Taiwan usage), key
// for key a translation of English, written for Taiwanese readers rather than
// converted from SimplifiedChinese: 網路, 資料, 檔案, 程式碼, 連結, 滑桿, 載入,
// 「」 for quotations and 〈〉 for an article's title. Its terms are those of
// the model's own Traditional Chinese texts (model/explain): 安全困境, 攻守平衡,
// 可區分性, 歸因, 話語權, 網路空間, 穩定裕度, the world names 雙重危險,
// 安全需求相容, 可能發生侵略, 雙重安全, and the postures 攻勢 and 守勢. Names
// of scholars: 傑維斯 (Jervis), 波森 (Posen), 理查森 (Richardson). The author
// is written Li Senlin, as the paper prints his name.
var TraditionalChinese = Catalog{
	// Page.
	"site.title":       "中美網路安全困境計算器",
	"site.description": "拖曳四個滑桿，即可看到中美兩國在傑維斯的四種世界中所處的位置、兩國網路安全困境的強度，以及作用-反作用螺旋是趨於平穩還是不斷升級。依據Li Senlin的論文建構，所有運算皆在瀏覽器中完成。",
	"site.heading":     "網路安全困境計算器",
	"site.lede":        "網路空間中的中國與美國，依據Li Senlin的論文〈中美網路空間安全困境的起源〉（本站譯；原題：The Origin of Security Dilemma between China and US in Cyber Space）建構。拖曳滑桿或選擇預設情境，評估結果會立即在您的瀏覽器中重新計算。",
	"site.skip":        "跳至評估結果",
	"site.footer":      "模型：傑維斯（1978）、波森（1993）、理查森（1960），依據Li Senlin的研究。所有運算皆在您的瀏覽器中完成，您的任何設定都不會傳送到其他地方。",
	"site.noscript":    "頁面顯示的是論文的2018年基準數值。啟用JavaScript後即可拖曳滑桿。",

	// Loading.
	"loading.label": "正在載入計算器……",
	"loading.error": "計算器載入失敗。頁面顯示的是論文的2018年基準數值；請重新整理頁面再試一次。",

	// Inputs.
	"controls.heading":        "輸入參數",
	"input.tech.label":        "美國技術占比",
	"input.tech.help":         "美國在中美兩國核心網路技術中所占的比例：根網域名稱伺服器、作業系統、安全伺服器。",
	"input.discourse.label":   "美國話語權占比",
	"input.discourse.help":    "美國在網路話語權中所占的比例：語言、傳媒產業、平台巨頭、文化吸引力。",
	"input.attribution.label": "歸因可信度",
	"input.attribution.help":  "能在多大程度上確定地將一次攻擊的來源與意圖歸因於某個國家。",
	"input.dialogue.label":    "對話",
	"input.dialogue.help":     "共識與危機溝通管道的強度：指導原則、執法及網路安全對話、每次危機後的會談。",

	"posture.heading":       "態勢",
	"posture.us":            "美國",
	"posture.china":         "中國",
	"posture.offense.label": "攻勢",
	"posture.defense.label": "守勢",

	"preset.label":                       "預設情境",
	"preset.custom":                      "自訂",
	"preset.custom.note":                 "這是您自己的設定。選擇一個預設情境，即可查看它所對應的論文原句。",
	"preset.source":                      "Li Senlin，第{section}節",
	"preset.baseline-2018":               "基準（2018年）",
	"preset.us-superiority-no-consensus": "美國占優，未達成共識",
	"preset.china-tech-advantage":        "中國技術占優",
	"preset.parity":                      "均勢",
	"preset.both-defensive":              "雙方皆採守勢",
	"preset.both-offensive":              "雙方皆採攻勢",

	"button.reset":   "重設為2018年基準",
	"share.label":    "目前狀態的連結",
	"button.copy":    "複製連結",
	"copy.done":      "連結已複製。",
	"copy.manual":    "連結已選取：按下Ctrl+C（Mac請按⌘C）即可複製。",
	"button.dismiss": "關閉",

	// Results.
	"results.heading":       "評估結果",
	"result.intensity":      "強度",
	"result.intensity.text": "{value} · {band}",
	"result.world":          "世界",
	"result.margin":         "穩定裕度",
	"result.stable":         "穩定：競賽趨於平穩",
	"result.unstable":       "發散：競賽不斷升級",
	"result.metrics":        "模型指標",
	"metric.power":          "美國網路力量占比 P",
	"metric.offense":        "攻守平衡 O",
	"metric.distinct":       "可區分性 S",

	"grid.caption":    "傑維斯的四種世界（1978）。圓點標示目前狀態：橫向對應攻守平衡，縱向對應攻勢與守勢的可區分程度。",
	"grid.offense":    "進攻占優勢",
	"grid.defense":    "防禦占優勢",
	"grid.indistinct": "不可區分",
	"grid.distinct":   "可區分",
	"grid.here":       "（目前狀態）",

	"result.posen":          "波森的條件",
	"posen.met":             "符合：",
	"posen.unmet":           "不符合：",
	"posen.count":           "3項條件中符合{met}項。",
	"posen.intentions.text": "無法評估對方意圖：無法可靠地歸因攻擊的來源與意圖（歸因 < 0.5）。對話在危機之後化解誤解，並不能事先揭示意圖。（模型第1版的判據為S < 0.5。）",
	"posen.hegemony.text":   "將霸權意識投射到網路空間：攻方掌握了雙方大部分網路力量。",
	"posen.ideology.text":   "以意識形態為安全工具：話語權遠未達到均勢。",

	"live.summary": "強度{value}，{band}。世界：{world}。",

	"spiral.heading":   "作用-反作用螺旋",
	"spiral.title":     "作用-反作用螺旋",
	"spiral.converges": "螺旋向內收斂：雙方的擴充對彼此的回應越來越弱，競賽趨於平穩。世界：{world}；強度{value}，{band}。",
	"spiral.diverges":  "螺旋向外擴張：一方的每次擴充都會招致另一方更大的擴充，競賽不斷升級。世界：{world}；強度{value}，{band}。",

	// Notices about the URL.
	"notice.heading":  "連結中有部分內容無法使用：",
	"notice.kept":     "{message}——保留{value}",
	"notice.using":    "{message}——改用{value}",
	"notice.ignored":  "{message}——已忽略",
	"notice.lang":     "lang參數必須是{langs}之一，收到的是「{got}」",
	"notice.theme":    "theme參數必須是light、dark、auto之一，收到的是「{got}」",
	"notice.controls": "controls參數必須是0或1，收到的是「{got}」",

	"version.label":   "由模型第 {v} 版計算。",
	"version.old":     "此連結由模型第 {v} 版產生，顯示的是該版本的結果。最新的模型第 {newest} 版給出：{value} · {band}，{world}。",
	"version.upgrade": "改用第 {newest} 版",

	// Install, offline and updates.
	"pwa.name":       "網路安全困境計算器",
	"pwa.short_name": "網路安全困境",
	"offline.status": "離線：計算器正以已儲存的副本運作。",
	"update.text":    "計算器的新版本已就緒。",
	"update.button":  "重新載入以更新",

	// Embedding.
	"embed.heading": "嵌入",
	"embed.help":    "將這段程式碼貼到文章中，即可嵌入顯示目前狀態的計算器；指令碼會依內容自動調整其大小。",
	"embed.label":   "嵌入程式碼",
	"embed.copy":    "複製嵌入程式碼",
	"embed.copied":  "嵌入程式碼已複製。",
	"embed.manual":  "嵌入程式碼已選取：按下Ctrl+C（Mac請按⌘C）即可複製。",
	"embed.title":   "網路安全困境計算器：{world}，強度{value}（{band}）",
	"embed.open":    "開啟完整計算器",
	"oembed.title":  "網路安全困境計算器（oEmbed）",

	// Share and export.
	"export.heading":   "分享與匯出",
	"export.png":       "下載PNG",
	"export.json":      "下載JSON",
	"export.csv":       "下載CSV",
	"export.help":      "圖片呈現螺旋圖以及目前狀態與結果；資料檔採用API的格式，包含各項輸入、評估結果與60回合的競賽過程。",
	"export.saved":     "已儲存{file}。",
	"export.failed":    "無法產生檔案。",
	"card.title":       "中美網路安全困境",
	"card.subtitle":    "依據Li Senlin的分析；傑維斯（1978）、理查森（1960）",
	"card.postures":    "美國：{us} · 中國：{china}",
	"meta.description": "{world}：強度{value}（{band}）；{race}",

	// Explanation, evidence, levers, history and the language picker.
	"lang.label":          "語言",
	"lang.name":           "繁體中文",
	"why.heading":         "為什麼是這個結果",
	"why.quotes":          "論文原文",
	"levers.heading":      "政策槓桿",
	"levers.help":         "論文提出的三項建議（第5節），作用於目前狀態：每個按鈕都會調整其所列的輸入參數。",
	"evidence.heading":    "預設值的依據",
	"evidence.help":       "每個預設值背後的論文數據及原文，以及預設值是如何由這些數據得出的。",
	"evidence.default":    "{name}：預設值{value}",
	"evidence.figures":    "論文中的數據",
	"evidence.derivation": "預設值的推導",
	"evidence.values":     "美國{us} · 中國{china}（{unit}）",
	"evidence.single":     "{value}（{unit}）",
	"history.heading":     "歷史：論文記述的事件",
	"history.help":        "逐一檢視論文記述的1999—2018年間的事件：每一步都會把輸入參數設為本計算器對當時局勢的解讀（論文給出事件，並未給出數值），螺旋圖隨之重繪。論文的日期或次數與公開紀錄不符之處附有說明。",
	"history.prev":        "上一個",
	"history.next":        "下一個",
	"history.list":        "事件列表",
	"history.start":       "共{n}個事件，從1999—2010年的駭客攻擊到論文所述的2018年現狀，即基準。按「下一個」開始。",
	"history.position":    "第{i}個事件，共{n}個",
	"history.judgments":   "為何取這些數值",
	"history.step":        "{date}：{title}",
}
