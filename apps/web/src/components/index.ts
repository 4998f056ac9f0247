export { Badge, type BadgeTone } from './Badge';
export { Button, type ButtonVariant } from './Button';
export { Card } from './Card';
export { EmptyState } from './EmptyState';
export { FollowUpSummary, type FollowUpCounts } from './FollowUpSummary';
export { FormField, type FieldControlProps } from './FormField';
export { ProgressBar } from './ProgressBar';
