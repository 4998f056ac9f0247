import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ProposalModel } from '../../proposals/models/proposal.model';

export enum PairChoiceEnum {
  LEFT = 'LEFT',
  RIGHT = 'RIGHT',
  SKIP = 'SKIP',
}
registerEnumType(PairChoiceEnum, {
  name: 'PairChoice',
  valuesMap: {
    LEFT: { description: 'The left suggestion should be heard first.' },
    RIGHT: { description: 'The right suggestion should be heard first.' },
    SKIP: { description: 'No preference: the pair is not offered again and moves no score.' },
  },
});

@ObjectType('ProposalPair', {
  description: 'Two published suggestions to compare: which should the minister hear first?',
})
export class ProposalPairModel {
  @Field({
    description: 'Binds the pair to you for an hour; pass it to comparePair with your choice.',
  })
  token!: string;

  @Field(() => ProposalModel)
  left!: ProposalModel;

  @Field(() => ProposalModel)
  right!: ProposalModel;
}
