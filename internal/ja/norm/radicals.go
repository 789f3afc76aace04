package norm

// radicalSupplement folds the CJK Radicals Supplement block (U+2E80–U+2EFF) to
// unified ideographs. PDF text extraction often yields these code points for
// ordinary characters (⻑ for 長, ⻄ for 西). NFKC covers only ⺟ and ⻳ in this
// block; the rest come from the Unicode Character Database file
// EquivalentUnifiedIdeograph.txt, restricted to entries whose equivalent is a
// BMP unified ideograph. The Kangxi Radicals block (U+2F00–U+2FDF, ⽬ → 目) needs
// no table: NFKC folds every one of its 214 code points.
var radicalSupplement = map[rune]rune{
	'⺁': '厂', '⺄': '乙', '⺅': '亻', '⺆': '冂', '⺉': '刂', '⺊': '卜',
	'⺌': '小', '⺎': '尢', '⺏': '尣', '⺐': '尢', '⺑': '尣', '⺒': '巳',
	'⺓': '幺', '⺔': '彑', '⺖': '忄', '⺗': '心', '⺘': '扌', '⺙': '攵',
	'⺛': '旡', '⺜': '日', '⺝': '月', '⺞': '歺', '⺟': '母', '⺠': '民',
	'⺡': '氵', '⺢': '氺', '⺣': '灬', '⺤': '爫', '⺥': '爫', '⺦': '丬',
	'⺧': '牛', '⺨': '犭', '⺩': '王', '⺪': '疋', '⺫': '罒', '⺬': '示',
	'⺭': '礻', '⺮': '竹', '⺯': '糹', '⺰': '纟', '⺱': '罓', '⺲': '罒',
	'⺳': '网', '⺴': '网', '⺵': '网', '⺶': '羊', '⺷': '羊', '⺸': '羋',
	'⺹': '耂', '⺺': '肀', '⺻': '聿', '⺼': '肉', '⺽': '臼', '⺾': '艹',
	'⺿': '艹', '⻀': '艹', '⻁': '虎', '⻂': '衤', '⻃': '覀', '⻄': '西',
	'⻅': '见', '⻆': '角', '⻈': '讠', '⻉': '贝', '⻊': '足', '⻋': '车',
	'⻌': '辶', '⻍': '辶', '⻎': '辶', '⻏': '阝', '⻐': '钅', '⻑': '長',
	'⻒': '镸', '⻓': '长', '⻔': '门', '⻖': '阝', '⻗': '雨', '⻘': '青',
	'⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻟': '飠',
	'⻠': '饣', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟',
	'⻧': '卤', '⻨': '麦', '⻩': '黄', '⻪': '黾', '⻫': '斉', '⻬': '齐',
	'⻭': '歯', '⻮': '齿', '⻯': '竜', '⻰': '龙', '⻱': '龜', '⻲': '亀',
	'⻳': '龟',
}
