import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguageData, type LanguageData } from '../../src/language-data.ts';

let language: LanguageData;
beforeAll(async () => {
  language = await loadLanguageData();
});

describe('the kinds of happening news text tells', () => {
  it.each([
    ['an arrival by air', 'A group of Russian investigators has landed in Ankara.', 'delivery'],
    ['planes that land somewhere', 'Russian cargo planes land at the air base.', 'delivery'],
    ['shots fired at someone', 'A gunman fired at the ambassador from behind.', 'killing'],
    ['fire opened on someone', 'Soldiers opened fire on the convoy.', 'killing'],
    ['an accord', 'The two sides signed the Adana accord.', 'agreement'],
    ['a joint declaration', 'The three foreign ministers adopted a joint declaration.', 'agreement'],
    ['a plan made', 'Ankara planned a new round of talks.', 'agreement'],
    ['a country that joins a war', 'Russia joined the war in 2015.', 'joining'],
    ['a deal struck', 'Moscow and Ankara strike a deal on gas prices.', 'agreement'],
    ['talks held', 'The foreign ministers held talks in Moscow.', 'meeting'],
    ['a stop put to something', 'Moscow stops the sale of tours.', 'suspension'],
    ['a ban', 'Ankara banned imports of wheat.', 'suspension'],
    ['a Swedish ban', 'Regeringen införde ett förbud mot import.', 'suspension'],
    ['a Swedish signing', 'Presidenten signerar lagen.', 'agreement'],
    ['a Swedish signing in the present', 'Ministrarna undertecknar protokollet.', 'agreement'],
    ['a Swedish signing with its particle', 'Ministrarna skrev under protokollet.', 'agreement'],
    ['a Swedish meeting', 'Ministrarna möttes i Genève.', 'meeting'],
    ['a Swedish purchase', 'Köpet av robotarna väckte kritik.', 'purchase'],
    // The everyday words a student asks in: the deed worded as news text at large words it too.
    ['a member kicked out', 'Malta was kicked out of the fishing pact.', 'suspension'],
    ['a Swedish member kicked out', 'Malta sparkades ut ur fiskeavtalet.', 'suspension'],
    ['a delivery taken possession of', 'The navy took possession of two frigates.', 'delivery'],
    ['a town pounded', 'Artillery pounded the northern suburbs.', 'attack'],
    ['airstrikes', 'Fresh airstrikes hit the port.', 'attack'],
    ['leaders who sit down together', 'The two leaders sat down in Sochi.', 'meeting'],
    ['ministers face to face', 'The ministers talked face to face in Geneva.', 'meeting'],
    ['an office that starts operating', 'The border office started operating in May.', 'inauguration'],
    ['a port that comes into operation', 'The new port came into operation last year.', 'inauguration'],
    ['a Swedish start', 'Gasen började flöda genom ledningen.', 'start'],
    ['a Swedish meeting', 'Ledarna möttes i Sotji.', 'meeting'],
    ['a Swedish meeting held', 'Mötet hölls i Ankara.', 'meeting'],
    ['a Swedish plane shot down', 'Planet sköts ner vid gränsen.', 'killing'],
    ['a Swedish purchase', 'Ankara köpte robotarna.', 'purchase'],
  ])('reads %s', (_, text, kind) => {
    expect([...language.eventTypes.typesOf(text)]).toContain(kind);
  });

  it('reads a deal struck as no attack', () => {
    expect([...language.eventTypes.typesOf('Moscow and Ankara strike a deal on gas prices.')]).not.toContain('attack');
  });

  it.each([
    ['a source named with "according to"', 'The work went on, according to people who were in the hall.'],
    ['the land of a country', 'Turkey has no claims on Syrian land.'],
    // A cue is a word and its forms, not every longer word its letters begin.
    ['planes, a plant and a planet', 'The planes flew over the plant under a bright planet.'],
    ['a significant signal', 'It was a significant signal to the markets.'],
    ['a joint centre', 'The joint centre is run jointly by both armies.'],
    ['a couple of deadlines', 'A couple of deadlines passed.'],
    ['an exclusive', 'The paper ran an exclusive.'],
    ['a bank and a stopover', 'The central bank kept its rates after a stopover.'],
    // An idiom's first word tells no happening of its cue's kind.
    ['a call for calm', 'The minister calls for calm.'],
    ['a name given', 'Erdogan calls it a historic project.'],
    ['a demand met', 'The plant will meet the needs of the region.'],
    // A cue written with å, ä or ö is a Swedish word, which those letters tell apart from others.
    ['"mot" (against), which "möt" (meet) is not', 'Kritiken mot regeringen växte längs motorvägen.'],
    ['"kopplingar" (links), which "köp" (buy) is not', 'Han förnekade alla kopplingar till gruppen.'],
    // Folded, a Swedish meeting's "möt" is the preposition "mot" and the start of "motorväg"; "början" is a time, not a start.
    ['a Swedish road towards a town', 'Lastbilen körde på motorvägen mot staden.'],
    ['the beginning of a Swedish year', 'I början av året var läget lugnt.'],
    // Folded alike, "sköt" (shot) begins "skötte" (managed) and "köp" (buy) begins "koppla" (connect).
    ['a Swedish task managed', 'Turkiet skötte förhandlingarna.'],
    ['Swedish grids connected', 'Länderna kopplade samman sina elnät.'],
    // "Since" tells from when a state holds, not that anything started.
    ['a time since another', 'It was the calmest week since the war.'],
    ['a Swedish time since another', 'Sedan dess har läget varit lugnt.'],
  ])('reads no kind in %s', (_, text) => {
    expect([...language.eventTypes.typesOf(text)]).toEqual([]);
  });
});
