// Types of policy.js.
export declare const CSP_REPORT_PATH: string;
export declare const ALLOWED_SOURCES: { readerFrames: string[]; images: string[] };
export declare const NONCE_POLICY_PREFIXES: string[];
export declare function staticContentSecurityPolicy(options?: { dev?: boolean }): string;
export declare function nonceContentSecurityPolicy(nonce: string, options?: { dev?: boolean }): string;
export declare const COMMON_SECURITY_HEADERS: { key: string; value: string }[];
export declare const HSTS_HEADER: { key: string; value: string };
