package i18n

// SimplifiedChinese is the Simplified Chinese catalog (mainland usage), key
// for key a translation of English. Its terms are those of the model's own
// Chinese texts (model/explain): 安全困境, 螺旋模型, 进攻-防御平衡, 可区分性,
// 归因, 话语权, 网络空间, 稳定裕度, the world names 双重危险, 安全需求相容,
// 可能发生侵略, 双重安全, and the postures 进攻 and 防御. Names of scholars
// follow the usual mainland renderings: 杰维斯 (Jervis), 波森 (Posen), 理查森
// (Richardson). The author is written Li Senlin, as the paper prints his name:
// the Chinese characters of his name are not attested in the paper.
var SimplifiedChinese = Catalog{
	// Page.
	"site.title":       "中美网络安全困境计算器",
	"site.description": "拖动四个滑块，即可看到中美两国在杰维斯的四种世界中所处的位置、两国网络安全困境的强度，以及作用-反作用螺旋是趋于平稳还是不断升级。依据Li Senlin的论文构建，全部计算在浏览器中完成。",
	"site.heading":     "网络安全困境计算器",
	"site.lede":        "网络空间中的中国与美国，依据Li Senlin的论文《中美网络空间安全困境的起源》（本站译；原题：The Origin of Security Dilemma between China and US in Cyber Space）构建。拖动滑块或选择预设，评估结果会立即在你的浏览器中重新计算。",
	"site.skip":        "跳到评估结果",
	"site.footer":      "模型：杰维斯（1978）、波森（1993）、理查森（1960），依据Li Senlin的研究。所有计算均在你的浏览器中完成，你所做的任何设置都不会发送到别处。",
	"site.noscript":    "页面显示的是论文的2018年基准数值。启用JavaScript后即可拖动滑块。",

	// Loading.
	"loading.label": "正在加载计算器……",
	"loading.error": "计算器加载失败。页面显示的是论文的2018年基准数值；请刷新页面重试。",

	// Inputs.
	"controls.heading":        "输入参数",
	"input.tech.label":        "美国技术份额",
	"input.tech.help":         "美国在中美两国核心网络技术中所占的份额：根域名服务器、操作系统、安全服务器。",
	"input.discourse.label":   "美国话语权份额",
	"input.discourse.help":    "美国在网络话语权中所占的份额：语言、传媒产业、平台巨头、文化吸引力。",
	"input.attribution.label": "归因可信度",
	"input.attribution.help":  "能在多大程度上确定地将一次攻击的来源和意图归因于某个国家。",
	"input.dialogue.label":    "对话",
	"input.dialogue.help":     "共识与危机沟通渠道的强度：指导原则、执法及网络安全对话、每次危机后的会谈。",

	"posture.heading":       "态势",
	"posture.us":            "美国",
	"posture.china":         "中国",
	"posture.offense.label": "进攻",
	"posture.defense.label": "防御",

	"preset.label":                       "预设",
	"preset.custom":                      "自定义",
	"preset.custom.note":                 "这是你自己的设置。选择一个预设，即可查看它所对应的论文原句。",
	"preset.source":                      "Li Senlin，第{section}节",
	"preset.baseline-2018":               "基准（2018年）",
	"preset.us-superiority-no-consensus": "美国占优，未达成共识",
	"preset.china-tech-advantage":        "中国技术占优",
	"preset.parity":                      "均势",
	"preset.both-defensive":              "双方均防御",
	"preset.both-offensive":              "双方均进攻",

	"button.reset":   "恢复为2018年基准",
	"share.label":    "当前状态的链接",
	"button.copy":    "复制链接",
	"copy.done":      "链接已复制。",
	"copy.manual":    "链接已选中：按Ctrl+C（Mac上按⌘C）即可复制。",
	"button.dismiss": "关闭",

	// Results.
	"results.heading":       "评估结果",
	"result.intensity":      "强度",
	"result.intensity.text": "{value} · {band}",
	"result.world":          "世界",
	"result.margin":         "稳定裕度",
	"result.stable":         "稳定：竞赛趋于平稳",
	"result.unstable":       "发散：竞赛不断升级",
	"result.metrics":        "模型指标",
	"metric.power":          "美国网络力量份额 P",
	"metric.offense":        "进攻-防御平衡 O",
	"metric.distinct":       "可区分性 S",

	"grid.caption":    "杰维斯的四种世界（1978）。圆点标出当前状态：横向对应进攻-防御平衡，纵向对应进攻态势与防御态势的可区分程度。",
	"grid.offense":    "进攻占优势",
	"grid.defense":    "防御占优势",
	"grid.indistinct": "不可区分",
	"grid.distinct":   "可区分",
	"grid.here":       "（当前状态）",

	"result.posen":          "波森的条件",
	"posen.met":             "满足：",
	"posen.unmet":           "不满足：",
	"posen.count":           "3个条件中满足{met}个。",
	"posen.intentions.text": "无法评估对方意图：无法可靠地归因攻击的来源与意图（归因 < 0.5）。对话在危机之后化解误解，并不能事先揭示意图。（模型第1版的判据为S < 0.5。）",
	"posen.hegemony.text":   "将霸权意识投射到网络空间：进攻方掌握了双方大部分网络力量。",
	"posen.ideology.text":   "以意识形态为安全工具：话语权远未达到均势。",

	"live.summary": "强度{value}，{band}。世界：{world}。",

	"spiral.heading":   "作用-反作用螺旋",
	"spiral.title":     "作用-反作用螺旋",
	"spiral.converges": "螺旋向内收敛：双方的扩充对彼此的回应越来越弱，竞赛趋于平稳。世界：{world}；强度{value}，{band}。",
	"spiral.diverges":  "螺旋向外扩张：一方的每次扩充都会招致另一方更大的扩充，竞赛不断升级。世界：{world}；强度{value}，{band}。",

	// Notices about the URL.
	"notice.heading":  "链接中有部分内容无法使用：",
	"notice.kept":     "{message}——保留{value}",
	"notice.using":    "{message}——改用{value}",
	"notice.ignored":  "{message}——已忽略",
	"notice.lang":     "lang参数必须是{langs}之一，收到的是“{got}”",
	"notice.theme":    "theme参数必须是light、dark、auto之一，收到的是“{got}”",
	"notice.controls": "controls参数必须是0或1，收到的是“{got}”",

	"version.label":   "由模型第 {v} 版计算。",
	"version.old":     "此链接由模型第 {v} 版生成，显示的是该版本的结果。最新的模型第 {newest} 版给出：{value} · {band}，{world}。",
	"version.upgrade": "改用第 {newest} 版",

	// Install, offline and updates.
	"pwa.name":       "网络安全困境计算器",
	"pwa.short_name": "网络安全困境",
	"offline.status": "离线：计算器正在使用已保存的副本运行。",
	"update.text":    "计算器的新版本已就绪。",
	"update.button":  "重新加载以更新",

	// Embedding.
	"embed.heading": "嵌入",
	"embed.help":    "将此代码粘贴到文章中，即可嵌入显示当前状态的计算器；脚本会根据内容自动调整其大小。",
	"embed.label":   "嵌入代码",
	"embed.copy":    "复制嵌入代码",
	"embed.copied":  "嵌入代码已复制。",
	"embed.manual":  "嵌入代码已选中：按Ctrl+C（Mac上按⌘C）即可复制。",
	"embed.title":   "网络安全困境计算器：{world}，强度{value}（{band}）",
	"embed.open":    "打开完整计算器",
	"oembed.title":  "网络安全困境计算器（oEmbed）",

	// Share and export.
	"export.heading":   "分享与导出",
	"export.png":       "下载PNG",
	"export.json":      "下载JSON",
	"export.csv":       "下载CSV",
	"export.help":      "图片展示螺旋图以及当前状态和结果；数据文件采用API的格式，包含各项输入、评估结果和60轮竞赛过程。",
	"export.saved":     "已保存{file}。",
	"export.failed":    "无法生成文件。",
	"card.title":       "中美网络安全困境",
	"card.subtitle":    "依据Li Senlin的分析；杰维斯（1978）、理查森（1960）",
	"card.postures":    "美国：{us} · 中国：{china}",
	"meta.description": "{world}：强度{value}（{band}）；{race}",

	// Explanation, evidence, levers, history and the language picker.
	"lang.label":          "语言",
	"lang.name":           "简体中文",
	"why.heading":         "为什么是这个结果",
	"why.quotes":          "论文原话",
	"levers.heading":      "政策杠杆",
	"levers.help":         "论文提出的三项建议（第5节），作用于当前状态：每个按钮都会调整其所列的输入参数。",
	"evidence.heading":    "默认值的依据",
	"evidence.help":       "每个默认值背后的论文数据及原文，以及默认值是如何由这些数据得出的。",
	"evidence.default":    "{name}：默认值{value}",
	"evidence.figures":    "论文中的数据",
	"evidence.derivation": "默认值的推导",
	"evidence.values":     "美国{us} · 中国{china}（{unit}）",
	"evidence.single":     "{value}（{unit}）",
	"history.heading":     "历史：论文记述的事件",
	"history.help":        "逐一查看论文记述的1999—2018年间的事件：每一步都会把输入参数设为本计算器对当时局势的解读（论文给出事件，并未给出数值），螺旋图随之重绘。论文的日期或次数与公开记录不符之处附有说明。",
	"history.prev":        "上一个",
	"history.next":        "下一个",
	"history.list":        "事件列表",
	"history.start":       "共{n}个事件，从1999—2010年的黑客攻击到论文所述的2018年现状，即基准。按“下一个”开始。",
	"history.position":    "第{i}个事件，共{n}个",
	"history.judgments":   "为何取这些数值",
	"history.step":        "{date}：{title}",
}
