export declare const embedDir: string;
export declare const embedFiles: readonly string[];
export declare function embedStaleReason(): string | null;
export declare function ensureEmbedBuild(options?: { log?: (message: string) => void }): Promise<boolean>;
