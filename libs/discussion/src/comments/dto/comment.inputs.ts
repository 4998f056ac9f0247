import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { CommentAlignmentEnum, CommentSortEnum } from '../models/comment.model';

@InputType()
export class AddCommentInput {
  @Field(() => ID, { description: 'A suggestion, or an item of a published list.' })
  targetId!: string;

  @Field({ description: 'Markdown, 2 to 5,000 characters.' })
  body!: string;

  @Field(() => CommentAlignmentEnum)
  alignment!: CommentAlignmentEnum;

  @Field(() => ID, {
    nullable: true,
    description: 'The comment replied to; a reply to a reply joins the same thread.',
  })
  parentId?: string | null;
}

@ArgsType()
export class CommentsArgs {
  @Field(() => ID)
  targetId!: string;

  @Field(() => CommentSortEnum, { defaultValue: CommentSortEnum.BEST })
  sort!: CommentSortEnum;

  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
