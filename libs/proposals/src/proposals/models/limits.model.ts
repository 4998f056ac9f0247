import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('TextLimits', {
  description:
    'How long a text may be: at least `min` characters a reader sees and at most `max` UTF-16 code units (what an HTML maxlength counts).',
})
export class TextLimitsModel {
  @Field(() => Int)
  min!: number;

  @Field(() => Int)
  max!: number;
}

@ObjectType('Limits', {
  description: 'The limits the API checks input against, for forms to show before sending.',
})
export class LimitsModel {
  @Field(() => TextLimitsModel)
  proposalTitle!: TextLimitsModel;

  @Field(() => TextLimitsModel)
  proposalBody!: TextLimitsModel;

  @Field(() => TextLimitsModel, { description: 'A reason to withdraw, flag or hide a suggestion.' })
  reason!: TextLimitsModel;
}
