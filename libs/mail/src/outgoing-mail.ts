/** One message, rendered, ready for the outbox. */
export interface OutgoingMail {
  /**
   * Names the message for good (`verify:<token hash>`, `notification:<id>`,
   * `digest:<userId>:<day>`): a second `send` with a key already stored adds nothing, and the
   * message is delivered once.
   */
  key: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /**
   * Notification mail: the URL that unsubscribes with one POST (RFC 8058); it goes into the
   * `List-Unsubscribe` and `List-Unsubscribe-Post` headers.
   */
  unsubscribeUrl?: string;
}
