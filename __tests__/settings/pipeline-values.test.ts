import { describe, expect, it } from '@jest/globals'
import { inputs, variables } from '../../src/settings/pipeline-values.js'
import { parseInput as parse } from '../support/parse-input.js'

describe('variables: CI/CD variables, strings', () => {
  it('reads KEY=VALUE lines, skipping blanks and comments, values with = kept whole', () => {
    expect(parse(variables, 'A=1\n\n# note\r\nB = x=y \n')).toEqual({ value: { A: '1', B: 'x=y' } })
    expect(parse(variables, '  ')).toEqual({ value: {} })
  })

  it('reads one JSON object of strings, and says how to quote a value that is not one', () => {
    expect(parse(variables, '{"DEPLOY_ENV": "staging"}')).toEqual({
      value: { DEPLOY_ENV: 'staging' }
    })
    expect(parse(variables, '{"REPLICAS": 3}').error).toBe(
      'the value of "REPLICAS" is a number; GitLab CI/CD variables are strings. Quote it: {"REPLICAS": "3"}'
    )
    expect(parse(variables, '["A"]').error).toMatch(/must be a JSON object, got an array/)
    expect(parse(variables, '{"A": ').error).toMatch(/^is not valid JSON/)
  })

  it('refuses a line without =, a bad key, TRIGGER_PAYLOAD and a key set twice', () => {
    expect(parse(variables, 'A=1\nB').error).toMatch(/^line 2 has no KEY=VALUE/)
    expect(parse(variables, '=1').error).toMatch(/^line 1 has no KEY=VALUE/)
    expect(parse(variables, 'MY-VAR=1').error).toMatch(/"MY-VAR" is not a valid variable key/)
    expect(parse(variables, 'TRIGGER_PAYLOAD=x').error).toMatch(/set by GitLab itself/)
    expect(parse(variables, 'A=1\nA=2').error).toBe('"A" is set twice; set each variable once')
  })

  it('keeps a key named __proto__ as a variable of its own', () => {
    const { value } = parse(variables, '__proto__=x')
    expect(Object.keys(value ?? {})).toEqual(['__proto__'])
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
  })
})

describe('inputs: pipeline inputs, typed only where the text says so exactly', () => {
  it("types a line's value as its text spells it", () => {
    expect(
      parse(
        inputs,
        'replicas=3\nratio=2.5\nneg=-1\ndebug=true\nlist=["a","b"]\nquoted="3"\nzip=007\nsha=41e50312\nmoney=2.50\nbig=12345678901234567890\nword=staging'
      )
    ).toEqual({
      value: {
        replicas: 3,
        ratio: 2.5,
        neg: -1,
        debug: true,
        list: ['a', 'b'],
        quoted: '3',
        zip: '007',
        sha: '41e50312',
        money: '2.50',
        big: '12345678901234567890',
        word: 'staging'
      }
    })
    expect(parse(inputs, 'broken=[1,')).toEqual({ value: { broken: '[1,' } })
  })

  it('keeps the JSON types of a JSON object', () => {
    expect(parse(inputs, '{"environment": "staging", "replicas": 3, "on": false}')).toEqual({
      value: { environment: 'staging', replicas: 3, on: false }
    })
  })

  it('refuses a number it cannot send exactly, in either form', () => {
    expect(parse(inputs, '{"id": 9007199254740993}').error).toMatch(
      /^the number 9007199254740993 cannot be sent exactly/
    )
    expect(parse(inputs, 'ids=[9007199254740993]').error).toMatch(
      /^ids: the number 9007199254740993/
    )
    expect(parse(inputs, '{"x": 1e999}').error).toMatch(/the number 1e999 cannot be sent exactly/)
    // A big number inside a string is only text.
    expect(parse(inputs, '{"id": "9007199254740993"}')).toEqual({
      value: { id: '9007199254740993' }
    })
  })

  it('refuses objects and null, bad names, names set twice and more than 20 inputs', () => {
    expect(parse(inputs, 'o={"a":1}').error).toMatch(/the value of "o" is an object/)
    expect(parse(inputs, 'n=null').error).toMatch(/the value of "n" is null/)
    expect(parse(inputs, 'my input=1').error).toMatch(/"my input" is not a valid input name/)
    expect(parse(inputs, 'a=1\na=2').error).toBe('"a" is set twice; set each input once')
    expect(parse(inputs, 'novalue').error).toMatch(/^line 1 has no name=value/)
    const many = Array.from({ length: 21 }, (_, i) => `i${i}=${i}`).join('\n')
    expect(parse(inputs, many).error).toBe('has 21 inputs; GitLab accepts at most 20 per pipeline')
    expect(
      Object.keys(parse(inputs, many.split('\n').slice(0, 20).join('\n')).value ?? {})
    ).toHaveLength(20)
  })
})
