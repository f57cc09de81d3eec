/**
 * What a learner does with the certificate shown: download its PDF or its credential, copy
 * its verification link, each saying in the element's live region how it went. Only a shown
 * certificate has these buttons, so this comes with it (deferred.ts).
 */
import type { ReactiveControllerHost } from 'lit';
import { PolicyError, type PolicyClient } from '../../client/policy-client.js';
import type { Certificate } from '../../policy/certificates.js';
import { downloadFile } from '../shared/download.js';
import type { Translate } from '../shared/locale-controller.js';
import { reactiveState } from '../shared/reactive-state.js';

export class CertificateDownloads {
  private readonly state: { message: string };

  constructor(
    host: ReactiveControllerHost,
    private readonly client: () => PolicyClient | undefined,
    private readonly t: Translate,
  ) {
    this.state = reactiveState(host, { message: '' });
  }

  /** What the live region last said about an action (copied, downloaded, failed). */
  get message(): string {
    return this.state.message;
  }

  pdf(certificate: Certificate): Promise<void> {
    return this.act(this.t('The PDF is downloading.'), async (client) => {
      const pdf = await client.certificatePdf(certificate.id);
      downloadFile(pdf, `certificate-${certificate.id}.pdf`);
    });
  }

  credential(certificate: Certificate): Promise<void> {
    return this.act(this.t('The credential is downloading.'), async (client) => {
      const jwt = await client.certificateCredential(certificate.id);
      downloadFile(
        new Blob([jwt], { type: 'application/vc+jwt' }),
        `certificate-${certificate.id}.jwt`,
      );
    });
  }

  copy(certificate: Certificate): Promise<void> {
    return this.act(this.t('Verification link copied.'), async () => {
      await navigator.clipboard.writeText(certificate.verifyUrl);
    });
  }

  /** Runs a download or copy, saying in the live region how it went. */
  private async act(done: string, action: (client: PolicyClient) => Promise<void>) {
    const client = this.client();
    if (!client) return;
    this.state.message = '';
    try {
      await action(client);
      this.state.message = done;
    } catch (error) {
      this.state.message =
        error instanceof PolicyError && error.isNetwork
          ? this.t('The sponsor’s server did not answer. Try again in a moment.')
          : this.t('That did not work: {why}', { why: (error as Error).message });
    }
  }
}
