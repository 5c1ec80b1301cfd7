/** Voices that suit a page: the page's own region first (zh-TW/HK for Traditional, zh-CN for Simplified), then any Chinese. */
function pickVoice(voices: SpeechSynthesisVoice[], pageLang: string): SpeechSynthesisVoice | undefined {
  const chinese = voices.filter((v) => /^(zh|cmn|yue)\b/i.test(v.lang));
  const preferred = /hant/i.test(pageLang) ? /(tw|hk|mo|hant)/i : /(cn|sg|hans)/i;
  return chinese.find((v) => preferred.test(v.lang)) ?? chinese[0];
}

/**
 * 语音阅读: reads the article (title, then each paragraph) with the browser's speech synthesis. One utterance per
 * block, because some engines stop long utterances after about fifteen seconds.
 */
export function readAloud(): void {
  const button = document.querySelector<HTMLButtonElement>('button.read-aloud');
  if (!button || !('speechSynthesis' in window)) return;
  const synth = window.speechSynthesis;
  const { lang, read, stop } = button.dataset as Record<string, string>;
  let voice: SpeechSynthesisVoice | undefined;

  const setSpeaking = (speaking: boolean) => {
    button.textContent = speaking ? stop! : read!;
    button.setAttribute('aria-pressed', String(speaking));
  };
  const findVoice = () => {
    voice = pickVoice(synth.getVoices(), lang!);
    button.hidden = !voice;
  };
  findVoice();
  synth.addEventListener('voiceschanged', findVoice);

  button.addEventListener('click', () => {
    if (synth.speaking) {
      synth.cancel();
      setSpeaking(false);
      return;
    }
    const blocks = [...document.querySelectorAll<HTMLElement>('article h1, .article-body :is(p, h2, h3, li)')]
      .map((el) => el.innerText.trim())
      .filter(Boolean);
    blocks.forEach((text, i) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice!;
      utterance.lang = voice!.lang;
      if (i === blocks.length - 1) utterance.addEventListener('end', () => setSpeaking(false));
      synth.speak(utterance);
    });
    setSpeaking(true);
  });
  // Leaving the page must not leave the browser talking.
  addEventListener('pagehide', () => synth.cancel());
}
