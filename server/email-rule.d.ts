export declare const MAX_EMAIL_LENGTH: 254;
export declare function isValidEmail(email: string): boolean;
export declare function normaliseEmail(email: string): string;
