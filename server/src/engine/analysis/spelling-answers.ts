/**
 * Yes/no answers kept per spelling of a text (`Token.spelling`), for questions that depend on the
 * spelling alone and would otherwise be asked of the lexicon at every token: one byte per spelling
 * and question, 0 not asked yet, 1 no, 2 yes. Read with `answer(…) ?? remember(…)`, which makes no
 * closure on the hot path.
 */
export class SpellingAnswers {
  private readonly answers: Uint8Array;

  /** Room for `questions` questions about each of `spellings` spellings. */
  constructor(
    spellings: number,
    private readonly questions = 1,
  ) {
    this.answers = new Uint8Array(spellings * questions);
  }

  /** The answer to question `question` about `spelling`, or undefined when not asked yet. */
  answer(spelling: number, question = 0): boolean | undefined {
    if (spelling < 0) return undefined;
    const answer = this.answers[spelling * this.questions + question];
    return answer === 0 ? undefined : answer === 2;
  }

  /** Keeps `value` as the answer (for a word; a non-word has no spelling) and returns it. */
  remember(spelling: number, value: boolean, question = 0): boolean {
    if (spelling >= 0) this.answers[spelling * this.questions + question] = value ? 2 : 1;
    return value;
  }
}
