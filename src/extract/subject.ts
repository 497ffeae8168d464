/**
 * What a figure measures, in the report's words: the noun phrase before the number (地区生产总值增长9%),
 * or after it when the number comes first (14个贫困村), with cue words and verbs of degree trimmed.
 */
import { skipBlanks, squeeze } from './blanks.js';

/** Words that open a clause without naming anything: time, modality, adverbs. */
const LEADING =
  /^(——+|—|、|和|及|与|并|[((]\d+[))]|\d+[.、.](?!\d)|其中|全年|年内|当年|今年|明年|计划|力争|预计|确保|争取|努力|全力|累计|共|全县|全区|全市|全旗|分别|已经|目前已|目前|已|将|要|再|进一步|持续|不断|通过|五年来|一年来|同时|实现|完成了?(?!投资)|达到|\d{4}年(末|底)?|到\d{4}年|较\d{4}年|到(?:年底|年末)|截[至止](?:目前|年底|年末)|五年(?=累计|共|来))+/;
/** Words between the subject and its number: 达到, 增长, 控制在, 分别… */
const TRAILING =
  /(达到|达|实现|完成|为|增长|增加|提高到|提高|提升|下降|降低|减少|压缩至|压缩到|压缩|压减|控制在|保持在|稳定在|保持|突破|超过|超|近|约|分别|年均|累计|再|的|扩大到|扩大|增加到|每人每月|每人每年|每月|每年|始终|均|同比|两年平均|三年平均|平均|(?:比|较|与|由)(?:上年|去年|上年同期|去年同期|上年末|上年底|去年底|年初)(?:相比)?|转为|由负转正|(?:比|较|与)“?十[一二三四五]五”?期?末|同口径|可比口径|按可比价格计算|按可比价计算|可比价|较\d{4}年|达到了|年末|年底|计划|力争|预计|共|已|全年|增至|增长到|增加到|提高至|提升到|提升至|上升到|上升至|降至|下降到|下降至|(?:由|从|到|至|比|较|与)?\d{4}年(?:末|底)?(?:相比)?|由|从)+$/;
/** Verbs after which the counted thing follows the number: 实施…227个项目, 解决201个屯的… */
const ACTION_END =
  /(实施|建设|建成|打造|培育|引进|新建|改建|改造|创建|招聘|安置|组建|发展|解决|发放|开展|办理|设立|清理|拆除|整改|购置|维修|修复|签约|认定|登记|组织|邀请|举办|治理|种植|落实|建立|推进|硬化|依托|对|等|新增|完成|实现|投入|投资|接待|培训|帮助|带动|吸纳|改造提升)$/;
/** A list item that names its own action (完成投资, 到位资金) is not counted by the verb of the item before it. */
const OWN_VERB =
  /完成|实现|到位|投入|投资|争取|落实|发放|建成|新建|新增|引进|实施|签约|开工|竣工|投产|培育|达到|增长|下降|提高/;
const CLAUSE_STOP = /[,,;;。::!?!?()()]/;

function trim(s: string): string {
  // notes in brackets are not the subject: 地区生产总值(预计,同比,下同), (下同)全年实现生产总值
  let out = s
    .replace(/[\s\u3000“”"]|【\d+】|[①-⑳]/g, '')
    .replace(/[((][^()()]*(?:下同|预计|同比|初步核算)[^()()]*[))]/g, '');
  let prev;
  do {
    prev = out;
    out = out.replace(LEADING, '').replace(TRAILING, '');
  } while (out !== prev);
  return out;
}

/** The noun phrase right after a figure (贫困村 of 14个贫困村), up to punctuation, a list break or a verb. */
export function nounAfter(text: string, from: number): { noun: string; end: number } {
  let i = from;
  while (
    i < text.length &&
    i - from < 16 &&
    !CLAUSE_STOP.test(text[i]) &&
    text[i] !== '、' &&
    // a figure at the end of a line names nothing on the next
    text[i] !== '\n' &&
    !/\d/.test(text[i])
  )
    i++;
  const raw = text.slice(from, i);
  // 100余人来通化县考察: a verb right after the number names no counted thing; nor does 突破百亿元大关
  if (
    /^(来|去|到|在|进|对|将|把|被|为|是|以上|以下|左右|启动|用于|开展|实施|大关|打下|奠定|惠及|带动)/.test(
      raw,
    )
  )
    return { noun: '', end: from };
  const cut = raw.search(
    /进行|得到|全部|全覆盖|实现|完成|达到|投入使用|通过|被|和|及|以|在|列入|纳入|荣获|获评|获批|入选|竣工|开工|建成|投产/,
  );
  const noun = (cut >= 0 ? raw.slice(0, cut) : raw).replace(/^的/, '');
  return { noun, end: from + (cut >= 0 ? cut : raw.length) };
}

export interface SubjectInput {
  /** Text of the clause before the figure, after any earlier figure of the same clause. */
  readonly before: string;
  /** Whole text and the figure's end, to read the noun after it. */
  readonly text: string;
  readonly figureEnd: number;
  /** Subject of the previous figure in the same sentence, inherited by 11%、11.8% and 较…提升4.2个百分点. */
  readonly previous: string | null;
  /** Noun after the next figure when two figures touch (2271户3979名贫困人口). */
  readonly nextNoun?: string;
}

export function subjectOf(input: SubjectInput): { subject: string; consumedEnd: number } {
  const pre = trim(input.before);
  const after = nounAfter(input.text, input.figureEnd);
  let afterNoun = trim(after.noun);
  if (!afterNoun && /\d/.test(input.text[skipBlanks(input.text, input.figureEnd)] ?? ''))
    afterNoun = input.nextNoun ?? '';
  if (afterNoun) {
    // number before noun (14个贫困村, 87500亩封山育林): the noun is the subject, a short verb phrase before it stays
    return { subject: clip((pre.length <= 8 ? pre : '') + afterNoun), consumedEnd: after.end };
  }
  // 是2010年的1.7倍: a copula names nothing; the figure is of the thing named before
  const copula = /^(是|相当于)$/.test(pre) && input.previous;
  // 将财政支出的75%以上用于民生: a share named by what it is spent on, after it
  const spentOn = /^(?:以上|以内|左右)?用于([^,,;;。、]{1,12})/.exec(
    squeeze(input.text.slice(input.figureEnd, input.figureEnd + 20)),
  );
  if (spentOn) return { subject: clip(`${pre}用于${spentOn[1]}`), consumedEnd: input.figureEnd };
  // 规上工业企业达到128家,净增15家: the change in the things just counted
  if (input.previous && /^(净增|新增|增加|净增加)$/.test(pre)) {
    return { subject: clip(pre + input.previous.replace(/总数$/, '')), consumedEnd: input.figureEnd };
  }
  if (pre === '' || copula || (ACTION_END.test(pre) && pre.length <= 2 && input.previous)) {
    return { subject: input.previous ?? pre, consumedEnd: input.figureEnd };
  }
  // 投资1.8亿元,实施…项目: the money is named by what it pays for, in the next clause
  if (/^(投资|投入)$/.test(pre)) {
    const rest = squeeze(input.text.slice(input.figureEnd, input.figureEnd + 60)).match(
      /^[,,]([^,,;;。\d]{2,20})/,
    );
    if (rest) return { subject: clip(pre + trim(rest[1])), consumedEnd: input.figureEnd };
  }
  // 粮食播种面积31.6万亩,产量达到11.4万吨; 建成标准厂房12幢、面积18万平方米; 签约项目36个,签约金额152亿元:
  // a bare measure of the thing named before (its own head noun replaced)
  if (input.previous && /^(?:总?产量|总产|面积|建筑面积|(?:签约)?金额|总金额|比例|成交额)$/.test(pre)) {
    const topic = input.previous.replace(/(播种面积|面积|项目|产量|\d+项)$/, '');
    return { subject: clip(topic + pre.replace(/^签约/, '')), consumedEnd: input.figureEnd };
  }
  // 新增规上工业企业18家,总数达到156家: the total of the things just counted (not the new ones)
  if (input.previous && /^(总数|总量|总规模)$/.test(pre)) {
    return {
      subject: clip(input.previous.replace(/^(新增|新培育|培育|新建|新引进|引进|新)/, '') + pre),
      consumedEnd: input.figureEnd,
    };
  }
  // 引进亿元以上项目23个,其中10亿元以上项目3个: a part of what was just counted, by the same verb
  // (其中出口 names its own thing: only a verb is carried over)
  // (the verb may stand after the thing's field: 招商引资签约项目)
  const countedBy =
    /(新引进|引进|招引|新签约|签约|新开工|开工|新建|建成|新增|新培育|培育|新认定|认定|实施|落地)/.exec(
      input.previous ?? '',
    )?.[0];
  const part = /^[,,]?其中/.test(squeeze(input.before));
  // 引进…项目3个、过亿元项目46个: the next item of a list counted by the same verb (an item with a verb of its own keeps it)
  const listItem = /^、/.test(squeeze(input.before)) && !OWN_VERB.test(pre);
  if (countedBy && (part || listItem) && !pre.startsWith(countedBy)) {
    // 国家级…龙头企业1家、省级12家: only the class changes
    const level = /^[^级]{1,3}级$/.test(pre) && /[^级]{1,3}级/.exec(input.previous!);
    if (level) return { subject: clip(input.previous!.replace(level[0], pre)), consumedEnd: input.figureEnd };
    return { subject: clip(countedBy + pre), consumedEnd: input.figureEnd };
  }
  // 增长率达76%, 占二产增加值比重达到75.8%: a ratio of the thing named just before; 涉及建筑面积: its extent;
  // 惠及群众2.3万人: the people it serves
  if (input.previous && /^(占|增长率|增速|增幅|比重|占比|其中|涉及|惠及|受益)/.test(pre)) {
    return { subject: clip(input.previous + pre), consumedEnd: input.figureEnd };
  }
  return { subject: clip(pre), consumedEnd: input.figureEnd };
}

/** Long subjects keep their end (the head noun), cut at a list break when there is one near the cut. */
export function clip(s: string, limit = 40): string {
  if (s.length <= limit) return s;
  const tail = s.slice(s.length - limit);
  const brk = tail.search(/[、,,]/);
  return brk >= 0 && brk < 8 ? tail.slice(brk + 1) : tail;
}
